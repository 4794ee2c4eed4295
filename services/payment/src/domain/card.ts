import { failedPrecondition, invalidArgument } from '@ecticket/platform';
import { TAIWAN_UTC_OFFSET_MS } from './taiwan-time';

export type CardBrand = 'visa' | 'mastercard' | 'jcb';

/** All of a card that may be kept, shown or put in an event. */
export interface CardSummary {
  readonly brand: CardBrand;
  readonly last4: string;
}

/** What a buyer types at the test processor's checkout. */
export interface CardEntry {
  readonly number: string;
  readonly expiryMonth: number;
  readonly expiryYear: number;
  readonly cvv: string;
  readonly installments: number;
}

/** Issuer country (ISO 3166 alpha-2) by BIN prefix; the longest matching prefix decides. */
export type IssuerTable = ReadonlyMap<string, string>;

interface BrandRange {
  readonly brand: CardBrand;
  readonly prefixLength: number;
  readonly from: number;
  readonly to: number;
  readonly lengths: readonly number[];
}

const brandRanges: readonly BrandRange[] = [
  { brand: 'visa', prefixLength: 1, from: 4, to: 4, lengths: [13, 16, 19] },
  { brand: 'mastercard', prefixLength: 2, from: 51, to: 55, lengths: [16] },
  { brand: 'mastercard', prefixLength: 4, from: 2221, to: 2720, lengths: [16] },
  { brand: 'jcb', prefixLength: 4, from: 3528, to: 3589, lengths: [16, 17, 18, 19] },
];

/**
 * R3 at the test processor: a one-time payment in full, by VISA, MasterCard or JCB (by number
 * range, with a valid check digit), not expired, issued in Taiwan. Each refusal has its own stable
 * code, and none repeats the card number or CVV.
 */
export function acceptCard(entry: CardEntry, issuers: IssuerTable, now: Date): CardSummary {
  assertPaidInFull(entry.installments);
  const digits = cardDigits(entry.number);
  const brand = brandOf(digits);
  assertCheckDigit(digits);
  assertNotExpired(entry.expiryMonth, entry.expiryYear, now);
  assertCvv(entry.cvv);
  assertIssuedInTaiwan(digits, issuers);
  return { brand, last4: digits.slice(-4) };
}

function assertPaidInFull(installments: number): void {
  if (installments > 1) {
    throw failedPrecondition('CARD_INSTALLMENTS_NOT_ALLOWED', 'Tickets are paid in full at once; instalments are not accepted (R3).', { installments });
  }
}

function cardDigits(number: string): string {
  const digits = number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) throw invalidArgument('CARD_NUMBER_MALFORMED', 'A card number has 12 to 19 digits.');
  return digits;
}

function brandOf(digits: string): CardBrand {
  const range = brandRanges.find(({ prefixLength, from, to }) => {
    const prefix = Number(digits.slice(0, prefixLength));
    return prefix >= from && prefix <= to;
  });
  if (!range) throw failedPrecondition('CARD_BRAND_NOT_ACCEPTED', 'Only VISA, MasterCard and JCB cards are accepted (R3).');
  if (!range.lengths.includes(digits.length)) throw invalidArgument('CARD_NUMBER_MALFORMED', `A ${range.brand} card number has ${range.lengths.join(', ')} digits.`);
  return range.brand;
}

/** Luhn: doubling every second digit from the right, the digit sum is a multiple of 10. */
function assertCheckDigit(digits: string): void {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    const digit = Number(digits[digits.length - 1 - index]);
    const weighted = index % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  if (sum % 10 !== 0) throw invalidArgument('CARD_CHECK_DIGIT_INVALID', 'The card number is mistyped: its check digit does not match.');
}

/** A card is valid through the last day of its expiry month, in Taiwan time. */
function assertNotExpired(month: number, year: number, now: Date): void {
  const fullYear = year >= 0 && year < 100 ? 2000 + year : year;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(fullYear) || fullYear < 2000 || fullYear > 2099) {
    throw invalidArgument('CARD_EXPIRY_INVALID', 'The expiry is a month from 1 to 12 and a year.');
  }
  const expiresAt = Date.UTC(fullYear, month, 1) - TAIWAN_UTC_OFFSET_MS;
  if (now.getTime() >= expiresAt) throw failedPrecondition('CARD_EXPIRED', 'The card has expired.');
}

function assertCvv(cvv: string): void {
  if (!/^\d{3}$/.test(cvv)) throw invalidArgument('CARD_CVV_INVALID', 'The security code is the 3 digits on the back of the card.');
}

function assertIssuedInTaiwan(digits: string, issuers: IssuerTable): void {
  const country = issuerCountryOf(digits, issuers);
  if (country === null) throw failedPrecondition('CARD_ISSUER_UNKNOWN', 'The card issuer is not known, so the card cannot be taken (R3).');
  if (country !== 'TW') throw failedPrecondition('CARD_ISSUED_OUTSIDE_TAIWAN', 'Cards issued outside Taiwan are not accepted (R3).', { country });
}

function issuerCountryOf(digits: string, issuers: IssuerTable): string | null {
  for (let length = Math.min(digits.length, 8); length > 0; length -= 1) {
    const country = issuers.get(digits.slice(0, length));
    if (country !== undefined) return country;
  }
  return null;
}

/**
 * Reads an issuer table: a JSON object (`{"431195":"TW"}`) or `prefix:country` pairs separated by
 * commas (`431195:TW,411111:US`). Prefixes are 1–8 digits, countries two letters. Null when malformed.
 */
export function parseIssuerTable(text: string): IssuerTable | null {
  const entries = text.trim().startsWith('{') ? jsonEntries(text) : pairEntries(text);
  if (entries === null || entries.length === 0) return null;
  const valid = entries.every(([prefix, country]) => /^\d{1,8}$/.test(prefix) && /^[A-Za-z]{2}$/.test(country));
  return valid ? new Map(entries.map(([prefix, country]) => [prefix, country.toUpperCase()])) : null;
}

function jsonEntries(text: string): Array<[string, string]> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const entries = Object.entries(parsed);
    return entries.every((entry): entry is [string, string] => typeof entry[1] === 'string') ? entries : null;
  } catch {
    return null;
  }
}

function pairEntries(text: string): Array<[string, string]> | null {
  const pairs = text.split(',').map((pair) => pair.split(':').map((part) => part.trim()));
  return pairs.every((pair): pair is [string, string] => pair.length === 2) ? pairs : null;
}
