// Original file: protos/account.proto

export const BranchStatus = {
  BRANCH_STATUS_UNSPECIFIED: 'BRANCH_STATUS_UNSPECIFIED',
  BRANCH_STATUS_ENABLED: 'BRANCH_STATUS_ENABLED',
  BRANCH_STATUS_DISABLED: 'BRANCH_STATUS_DISABLED',
} as const;

export type BranchStatus =
  | 'BRANCH_STATUS_UNSPECIFIED'
  | 0
  | 'BRANCH_STATUS_ENABLED'
  | 1
  | 'BRANCH_STATUS_DISABLED'
  | 2

export type BranchStatus__Output = typeof BranchStatus[keyof typeof BranchStatus]
