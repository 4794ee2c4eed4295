// Original file: protos/account.proto

export const Role = {
  ROLE_UNSPECIFIED: 'ROLE_UNSPECIFIED',
  /**
   * platform staff
   */
  ROLE_OPERATOR: 'ROLE_OPERATOR',
  /**
   * a merchant's main account
   */
  ROLE_OWNER: 'ROLE_OWNER',
  ROLE_SUB_ACCOUNT: 'ROLE_SUB_ACCOUNT',
} as const;

export type Role =
  | 'ROLE_UNSPECIFIED'
  | 0
  /**
   * platform staff
   */
  | 'ROLE_OPERATOR'
  | 1
  /**
   * a merchant's main account
   */
  | 'ROLE_OWNER'
  | 2
  | 'ROLE_SUB_ACCOUNT'
  | 3

export type Role__Output = typeof Role[keyof typeof Role]
