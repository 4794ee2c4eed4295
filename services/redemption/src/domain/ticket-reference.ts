import { invalidArgument } from '@ecticket/platform';
import { parseRedemptionCode, parseTicketNumber, redemptionCodeHash } from './codes';
import { parseQrPayload, type QrPayload } from './qr-payload';

/** How a call names a ticket. A redemption code is only ever held as its hash. */
export type TicketReference =
  | { readonly kind: 'ticket_id'; readonly ticketId: string }
  | { readonly kind: 'ticket_number'; readonly ticketNumber: string }
  | { readonly kind: 'redemption_code'; readonly codeHash: string }
  | { readonly kind: 'qr_payload'; readonly qr: QrPayload };

const parsers = {
  ticketId: (value: string): TicketReference => ({ kind: 'ticket_id', ticketId: value.trim() }),
  ticketNumber: (value: string): TicketReference => ({ kind: 'ticket_number', ticketNumber: parseTicketNumber(value) }),
  redemptionCode: (value: string): TicketReference => ({ kind: 'redemption_code', codeHash: redemptionCodeHash(parseRedemptionCode(value)) }),
  qrPayload: (value: string): TicketReference => ({ kind: 'qr_payload', qr: parseQrPayload(value) }),
};

type ReferenceField = keyof typeof parsers;

/** The one reference among those a call offers (R28: code or QR; R29: number or code); empty fields are not given. */
export function ticketReferenceOf<F extends ReferenceField>(offered: Readonly<Record<F, string>>): TicketReference {
  const fields = Object.keys(offered) as F[];
  const given = fields.filter((field) => offered[field].trim() !== '');
  const [field] = given;
  if (given.length !== 1 || field === undefined) {
    throw invalidArgument('ONE_TICKET_REFERENCE_REQUIRED', `Give exactly one of: ${fields.join(', ')}.`, { fields });
  }
  return parsers[field](offered[field]);
}
