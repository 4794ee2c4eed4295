/**
 * The codes a ticket carries. Ticket numbers and redemption codes use Crockford's base 32
 * alphabet (no I, L, O, U: nothing to mistake when typing one from paper); their lengths differ,
 * so one is never taken for the other. Pickup codes are digits, for kiosk keypads.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TICKET_NUMBER_LENGTH = 16;
export const REDEMPTION_CODE_LENGTH = 18;
export const PICKUP_CODE_LENGTH = 12;

const TICKET_NUMBER = new RegExp(`^[${CODE_ALPHABET}]{${TICKET_NUMBER_LENGTH}}$`);
const REDEMPTION_CODE = new RegExp(`^[${CODE_ALPHABET}]{${REDEMPTION_CODE_LENGTH}}$`);
const PICKUP_CODE = new RegExp(`^[0-9]{${PICKUP_CODE_LENGTH}}$`);

export function isTicketNumber(value: string): boolean {
  return TICKET_NUMBER.test(value);
}

export function isRedemptionCode(value: string): boolean {
  return REDEMPTION_CODE.test(value);
}

export function isPickupCode(value: string): boolean {
  return PICKUP_CODE.test(value);
}

/** New random codes; each must come from a cryptographic source, since redemption and pickup codes are bearer secrets. */
export interface CodeSource {
  ticketNumber(): string;
  redemptionCode(): string;
  pickupCode(): string;
}
