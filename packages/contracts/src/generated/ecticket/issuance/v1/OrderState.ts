// Original file: protos/issuance.proto

export const OrderState = {
  ORDER_STATE_UNSPECIFIED: 'ORDER_STATE_UNSPECIFIED',
  /**
   * gift vouchers only: nothing to pay
   */
  ORDER_STATE_CREATED: 'ORDER_STATE_CREATED',
  ORDER_STATE_AWAITING_PAYMENT: 'ORDER_STATE_AWAITING_PAYMENT',
  /**
   * paid (card authorised), not yet issued
   */
  ORDER_STATE_AUTHORIZED: 'ORDER_STATE_AUTHORIZED',
  ORDER_STATE_ISSUED: 'ORDER_STATE_ISSUED',
  /**
   * abandoned (R9) or issuance window passed (R10)
   */
  ORDER_STATE_VOIDED: 'ORDER_STATE_VOIDED',
} as const;

export type OrderState =
  | 'ORDER_STATE_UNSPECIFIED'
  | 0
  /**
   * gift vouchers only: nothing to pay
   */
  | 'ORDER_STATE_CREATED'
  | 1
  | 'ORDER_STATE_AWAITING_PAYMENT'
  | 2
  /**
   * paid (card authorised), not yet issued
   */
  | 'ORDER_STATE_AUTHORIZED'
  | 3
  | 'ORDER_STATE_ISSUED'
  | 4
  /**
   * abandoned (R9) or issuance window passed (R10)
   */
  | 'ORDER_STATE_VOIDED'
  | 5

export type OrderState__Output = typeof OrderState[keyof typeof OrderState]
