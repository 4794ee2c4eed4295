import { invalidArgument } from '@ecticket/platform';

// Control characters would let a text forge lines in logs and on the processor's checkout page.
const CONTROL_CHARACTERS = /\p{Cc}/u;

/** A trimmed single-line text of `min`..`max` characters; `field` names it in the refusal. */
export function requireText(value: string, field: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max || CONTROL_CHARACTERS.test(text)) {
    throw invalidArgument('INVALID_FIELD', `${field} must be ${min}–${max} characters on one line.`, { field, min, max });
  }
  return text;
}

export function requireIntegerInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidArgument('INVALID_FIELD', `${field} must be a whole number from ${min} to ${max}.`, { field, min, max });
  }
  return value;
}

const ID = /^[\x21-\x7e]{1,64}$/;

/** An id of another service, used as given: 1–64 visible ASCII characters. */
export function requireId(value: string, field: string): string {
  if (!ID.test(value)) throw invalidArgument('INVALID_FIELD', `${field} must be 1–64 visible ASCII characters.`, { field });
  return value;
}
