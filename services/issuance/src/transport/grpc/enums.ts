import type { issuanceV1 } from '@ecticket/contracts';
import { invalidArgument } from '@ecticket/platform';
import type { OrderState, PaperPrinter, TicketForm } from '../../domain/order';
import type { TicketType } from '../../domain/product';

/** Domain values ⇄ protobuf enum names; the UNSPECIFIED names decode to null ("any", "none"). */

export const ticketTypeEnum = {
  pickup_voucher: 'TICKET_TYPE_PICKUP_VOUCHER',
  gift_voucher: 'TICKET_TYPE_GIFT_VOUCHER',
} as const satisfies Record<TicketType, issuanceV1.TicketType__Output>;

export const ticketFormEnum = {
  electronic: 'TICKET_FORM_ELECTRONIC',
  convenience_store: 'TICKET_FORM_CONVENIENCE_STORE',
  paper: 'TICKET_FORM_PAPER',
} as const satisfies Record<TicketForm, issuanceV1.TicketForm__Output>;

export const paperPrinterEnum = {
  merchant: 'PAPER_PRINTER_MERCHANT',
  platform: 'PAPER_PRINTER_PLATFORM',
} as const satisfies Record<PaperPrinter, issuanceV1.PaperPrinter__Output>;

export const orderStateEnum = {
  created: 'ORDER_STATE_CREATED',
  awaiting_payment: 'ORDER_STATE_AWAITING_PAYMENT',
  authorized: 'ORDER_STATE_AUTHORIZED',
  issued: 'ORDER_STATE_ISSUED',
  voided: 'ORDER_STATE_VOIDED',
} as const satisfies Record<OrderState, issuanceV1.OrderState__Output>;

export function optionalEnum<K extends string>(names: Readonly<Record<K, string>>, name: string): K | null {
  return (Object.keys(names) as K[]).find((key) => names[key] === name) ?? null;
}

export function requiredEnum<K extends string>(names: Readonly<Record<K, string>>, name: string, field: string): K {
  const value = optionalEnum(names, name);
  if (value === null) throw invalidArgument('INVALID_FIELD', `${field} is required.`, { field });
  return value;
}
