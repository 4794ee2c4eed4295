// Original file: protos/redemption.proto

export const TicketType = {
  TICKET_TYPE_UNSPECIFIED: 'TICKET_TYPE_UNSPECIFIED',
  TICKET_TYPE_PICKUP_VOUCHER: 'TICKET_TYPE_PICKUP_VOUCHER',
  TICKET_TYPE_GIFT_VOUCHER: 'TICKET_TYPE_GIFT_VOUCHER',
} as const;

export type TicketType =
  | 'TICKET_TYPE_UNSPECIFIED'
  | 0
  | 'TICKET_TYPE_PICKUP_VOUCHER'
  | 1
  | 'TICKET_TYPE_GIFT_VOUCHER'
  | 2

export type TicketType__Output = typeof TicketType[keyof typeof TicketType]
