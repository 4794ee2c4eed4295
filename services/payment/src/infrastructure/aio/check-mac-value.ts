import { createHash, timingSafeEqual } from 'node:crypto';
import type { FormFields } from '../../application/ports';

/** The secrets an AIO merchant account signs with. Configuration only: never stored or logged. */
export interface AioCredentials {
  readonly hashKey: string;
  readonly hashIv: string;
}

/**
 * ECPay's ".NET (ecpay)" URL-encoding (ecticket-api.md §4.3): UTF-8 percent-encoding in which a
 * space becomes "+" and only letters, digits and `- _ . ! * ( )` stay as they are. It differs from
 * encodeURIComponent in the space, `~` and `'`.
 */
export function ecpayUrlEncode(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+').replace(/[~']/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * AIO CheckMacValue with EncryptType=1 (§4.3): every field but CheckMacValue as `key=value`, keys
 * sorted A→Z ignoring case (as ECPay's SDKs sort), joined with `&` between `HashKey=…&` and
 * `&HashIV=…`, URL-encoded, lower-cased, SHA-256, upper-case hex.
 */
export function checkMacValue(fields: FormFields, credentials: AioCredentials): string {
  const pairs = Object.entries(fields)
    .filter(([key]) => key !== 'CheckMacValue')
    .sort(([a], [b]) => compareIgnoringCase(a, b))
    .map(([key, value]) => `${key}=${value}`);
  const source = `HashKey=${credentials.hashKey}&${pairs.join('&')}&HashIV=${credentials.hashIv}`;
  return createHash('sha256').update(ecpayUrlEncode(source).toLowerCase(), 'utf8').digest('hex').toUpperCase();
}

export function signFields(fields: FormFields, credentials: AioCredentials): FormFields {
  return { ...fields, CheckMacValue: checkMacValue(fields, credentials) };
}

/** Compared in constant time, so the time taken tells a forger nothing about how close it came. */
export function hasValidCheckMacValue(fields: FormFields, credentials: AioCredentials): boolean {
  const received = Buffer.from(fields.CheckMacValue ?? '', 'utf8');
  const expected = Buffer.from(checkMacValue(fields, credentials), 'utf8');
  return received.length === expected.length && timingSafeEqual(received, expected);
}

function compareIgnoringCase(a: string, b: string): number {
  const [lowerA, lowerB] = [a.toLowerCase(), b.toLowerCase()];
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
