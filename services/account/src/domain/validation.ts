import { invalidArgument } from '@ecticket/platform';

// Control characters would let a name forge lines in logs and printed tickets.
const CONTROL_CHARACTERS = /\p{Cc}/u;

/** A trimmed single-line text of `min`..`max` characters; `field` names it in the refusal. */
export function requireText(value: string, field: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max || CONTROL_CHARACTERS.test(text)) {
    throw invalidArgument('INVALID_FIELD', `${field} must be ${min}–${max} characters on one line.`, { field, min, max });
  }
  return text;
}

export function requirePattern(value: string, field: string, pattern: RegExp, description: string): string {
  if (!pattern.test(value)) throw invalidArgument('INVALID_FIELD', `${field} must be ${description}.`, { field });
  return value;
}

export function requireIntegerInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidArgument('INVALID_FIELD', `${field} must be a whole number from ${min} to ${max}.`, { field, min, max });
  }
  return value;
}

/** An http(s) URL of at most 2048 characters, or the empty string when `optional`. */
export function requireWebUrl(value: string, field: string, optional: boolean): string {
  const text = value.trim();
  if (text === '' && optional) return '';
  if (text.length <= 2048 && URL.canParse(text)) {
    const { protocol } = new URL(text);
    if (protocol === 'https:' || protocol === 'http:') return text;
  }
  throw invalidArgument('INVALID_FIELD', `${field} must be an http(s) URL.`, { field });
}
