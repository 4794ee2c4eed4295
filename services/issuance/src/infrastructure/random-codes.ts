import { randomInt } from 'node:crypto';
import { CODE_ALPHABET, PICKUP_CODE_LENGTH, REDEMPTION_CODE_LENGTH, TICKET_NUMBER_LENGTH, type CodeSource } from '../domain/codes';

const DIGITS = '0123456789';

/** Codes from the operating system's cryptographic randomness, uniform over their alphabet. */
export const randomCodes: CodeSource = {
  ticketNumber: () => randomCode(CODE_ALPHABET, TICKET_NUMBER_LENGTH),
  redemptionCode: () => randomCode(CODE_ALPHABET, REDEMPTION_CODE_LENGTH),
  pickupCode: () => randomCode(DIGITS, PICKUP_CODE_LENGTH),
};

function randomCode(alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet.charAt(randomInt(alphabet.length))).join('');
}
