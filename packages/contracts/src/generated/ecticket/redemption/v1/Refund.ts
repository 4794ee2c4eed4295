// Original file: protos/redemption.proto

/**
 * Who gives the money of a returned ticket back (R11).
 */
export const Refund = {
  REFUND_UNSPECIFIED: 'REFUND_UNSPECIFIED',
  /**
   * a pickup voucher inside its guarantee period: the buyer's card, once the bank sync made the return final
   */
  REFUND_CARD: 'REFUND_CARD',
  /**
   * past the guarantee period: the merchant settles with the buyer itself
   */
  REFUND_MERCHANT: 'REFUND_MERCHANT',
  /**
   * a gift voucher: nothing was paid
   */
  REFUND_NONE: 'REFUND_NONE',
} as const;

/**
 * Who gives the money of a returned ticket back (R11).
 */
export type Refund =
  | 'REFUND_UNSPECIFIED'
  | 0
  /**
   * a pickup voucher inside its guarantee period: the buyer's card, once the bank sync made the return final
   */
  | 'REFUND_CARD'
  | 1
  /**
   * past the guarantee period: the merchant settles with the buyer itself
   */
  | 'REFUND_MERCHANT'
  | 2
  /**
   * a gift voucher: nothing was paid
   */
  | 'REFUND_NONE'
  | 3

/**
 * Who gives the money of a returned ticket back (R11).
 */
export type Refund__Output = typeof Refund[keyof typeof Refund]
