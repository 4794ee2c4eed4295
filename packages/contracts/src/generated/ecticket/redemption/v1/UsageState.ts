// Original file: protos/redemption.proto

export const UsageState = {
  USAGE_STATE_UNSPECIFIED: 'USAGE_STATE_UNSPECIFIED',
  USAGE_STATE_UNUSED: 'USAGE_STATE_UNUSED',
  USAGE_STATE_REDEEMED: 'USAGE_STATE_REDEEMED',
  USAGE_STATE_RETURNED: 'USAGE_STATE_RETURNED',
  USAGE_STATE_EXPIRED: 'USAGE_STATE_EXPIRED',
} as const;

export type UsageState =
  | 'USAGE_STATE_UNSPECIFIED'
  | 0
  | 'USAGE_STATE_UNUSED'
  | 1
  | 'USAGE_STATE_REDEEMED'
  | 2
  | 'USAGE_STATE_RETURNED'
  | 3
  | 'USAGE_STATE_EXPIRED'
  | 4

export type UsageState__Output = typeof UsageState[keyof typeof UsageState]
