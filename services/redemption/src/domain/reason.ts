import { invalidArgument } from '@ecticket/platform';

const MAX_REASON_LENGTH = 500;

/** Returns and cancellations say why (R29, R30). */
export function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw invalidArgument('REASON_REQUIRED', 'Say why.');
  if (trimmed.length > MAX_REASON_LENGTH) {
    throw invalidArgument('REASON_TOO_LONG', `A reason is at most ${MAX_REASON_LENGTH} characters.`, { max: MAX_REASON_LENGTH });
  }
  return trimmed;
}
