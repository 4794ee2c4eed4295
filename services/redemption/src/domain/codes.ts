import { createHash } from 'node:crypto';
import { invalidArgument } from '@ecticket/platform';

/**
 * Ticket numbers (16) and redemption codes (18) are Crockford base 32, as the issuance service
 * makes them; the lengths differ, so one is never taken for the other.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TICKET_NUMBER = new RegExp(`^[${ALPHABET}]{16}$`);
const REDEMPTION_CODE = new RegExp(`^[${ALPHABET}]{18}$`);

export function isTicketNumber(value: string): boolean {
  return TICKET_NUMBER.test(value);
}

export function isRedemptionCode(value: string): boolean {
  return REDEMPTION_CODE.test(value);
}

/** A code as staff type it: any case, with spaces or hyphens between groups. */
function normalizeTyped(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export function parseTicketNumber(typed: string): string {
  const value = normalizeTyped(typed);
  if (!isTicketNumber(value)) throw invalidArgument('INVALID_TICKET_NUMBER', 'A ticket number is 16 letters and digits.');
  return value;
}

export function parseRedemptionCode(typed: string): string {
  const value = normalizeTyped(typed);
  if (!isRedemptionCode(value)) throw invalidArgument('INVALID_REDEMPTION_CODE', 'A redemption code is 18 letters and digits.');
  return value;
}

/**
 * How a redemption code is known here: the code is a bearer secret and never travels in events,
 * so ticket.issued.v1 carries this hash and lookups go by it. The code's 90 random bits make a
 * salt unnecessary.
 */
export function redemptionCodeHash(code: string): string {
  return createHash('sha256').update(code, 'ascii').digest('hex');
}
