import { invalidArgument } from '@ecticket/platform';

// Control characters would let a text forge lines in logs and printed tickets.
const CONTROL_CHARACTERS = /\p{Cc}/u;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,63}$/;
/** The phone rule the gateway's request schema repeats (issuance/requests.ts): 7–32 characters, an optional `+`, then a digit, then digits, spaces and hyphens. */
export const PHONE = /^\+?[0-9][0-9 -]{5,30}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A trimmed single-line text of `min`..`max` characters; `field` names it in the refusal. */
export function requireText(value: string, field: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max || CONTROL_CHARACTERS.test(text)) {
    throw invalidArgument('INVALID_FIELD', `${field} must be ${min}–${max} characters on one line.`, { field, min, max });
  }
  return text;
}

/** Like requireText, but line breaks are allowed (descriptions, notes). */
export function requireMultilineText(value: string, field: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max || CONTROL_CHARACTERS.test(text.replace(/\r?\n/g, ''))) {
    throw invalidArgument('INVALID_FIELD', `${field} must be ${min}–${max} characters.`, { field, min, max });
  }
  return text;
}

export function requireIntegerInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidArgument('INVALID_FIELD', `${field} must be a whole number from ${min} to ${max}.`, { field, min, max });
  }
  return value;
}

export function requireEmail(value: string, field: string): string {
  const email = value.trim();
  if (!EMAIL.test(email)) throw invalidArgument('INVALID_FIELD', `${field} must be an e-mail address.`, { field });
  return email;
}

/** A phone number, or `''` when not `required`; `required` names what needs it (`electronic tickets`), for the refusal. */
export function requirePhone(value: string, field: string, required: string | false): string {
  const phone = value.trim();
  if (phone === '') {
    if (required === false) return '';
    throw invalidArgument('INVALID_FIELD', `${field} is required for ${required}.`, { field });
  }
  if (!PHONE.test(phone)) {
    throw invalidArgument('INVALID_FIELD', `${field} must be a phone number: 7–32 characters, an optional +, then digits, spaces or hyphens.`, { field });
  }
  return phone;
}

export function requireId(value: string, field: string): string {
  if (!ID.test(value)) throw invalidArgument('INVALID_FIELD', `${field} must be an id.`, { field });
  return value;
}

/** Distinct ids, in the order given. */
export function requireIdList(values: readonly string[], field: string, max: number): string[] {
  if (values.length > max) throw invalidArgument('INVALID_FIELD', `${field} holds at most ${max} ids.`, { field, max });
  return [...new Set(values.map((value) => requireId(value, field)))];
}
