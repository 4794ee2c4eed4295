// Original file: protos/issuance.proto

export const TicketForm = {
  TICKET_FORM_UNSPECIFIED: 'TICKET_FORM_UNSPECIFIED',
  TICKET_FORM_ELECTRONIC: 'TICKET_FORM_ELECTRONIC',
  TICKET_FORM_CONVENIENCE_STORE: 'TICKET_FORM_CONVENIENCE_STORE',
  TICKET_FORM_PAPER: 'TICKET_FORM_PAPER',
} as const;

export type TicketForm =
  | 'TICKET_FORM_UNSPECIFIED'
  | 0
  | 'TICKET_FORM_ELECTRONIC'
  | 1
  | 'TICKET_FORM_CONVENIENCE_STORE'
  | 2
  | 'TICKET_FORM_PAPER'
  | 3

export type TicketForm__Output = typeof TicketForm[keyof typeof TicketForm]
