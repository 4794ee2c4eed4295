import type { issuanceV1 } from '@ecticket/contracts';
import { protoEnum } from '../proto-enums';

export const ticketType = protoEnum(
  { pickup_voucher: 'TICKET_TYPE_PICKUP_VOUCHER', gift_voucher: 'TICKET_TYPE_GIFT_VOUCHER' } satisfies Record<string, issuanceV1.TicketType__Output>,
  'ticket type',
);

export const ticketForm = protoEnum(
  {
    electronic: 'TICKET_FORM_ELECTRONIC',
    convenience_store: 'TICKET_FORM_CONVENIENCE_STORE',
    paper: 'TICKET_FORM_PAPER',
  } satisfies Record<string, issuanceV1.TicketForm__Output>,
  'ticket form',
);

export const paperPrinter = protoEnum(
  { merchant: 'PAPER_PRINTER_MERCHANT', platform: 'PAPER_PRINTER_PLATFORM' } satisfies Record<string, issuanceV1.PaperPrinter__Output>,
  'paper printer',
);

export const orderState = protoEnum(
  {
    created: 'ORDER_STATE_CREATED',
    awaiting_payment: 'ORDER_STATE_AWAITING_PAYMENT',
    authorized: 'ORDER_STATE_AUTHORIZED',
    issued: 'ORDER_STATE_ISSUED',
    voided: 'ORDER_STATE_VOIDED',
  } satisfies Record<string, issuanceV1.OrderState__Output>,
  'order state',
);
