// Original file: protos/issuance.proto

export const TicketType = {
  TICKET_TYPE_UNSPECIFIED: 'TICKET_TYPE_UNSPECIFIED',
  /**
   * sold, face value > 0, escrowed
   */
  TICKET_TYPE_PICKUP_VOUCHER: 'TICKET_TYPE_PICKUP_VOUCHER',
  /**
   * free, face value 0; only when the merchant's contract enables it
   */
  TICKET_TYPE_GIFT_VOUCHER: 'TICKET_TYPE_GIFT_VOUCHER',
} as const;

export type TicketType =
  | 'TICKET_TYPE_UNSPECIFIED'
  | 0
  /**
   * sold, face value > 0, escrowed
   */
  | 'TICKET_TYPE_PICKUP_VOUCHER'
  | 1
  /**
   * free, face value 0; only when the merchant's contract enables it
   */
  | 'TICKET_TYPE_GIFT_VOUCHER'
  | 2

export type TicketType__Output = typeof TicketType[keyof typeof TicketType]
