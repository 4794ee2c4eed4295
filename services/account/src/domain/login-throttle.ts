import { AppError } from '@ecticket/platform';

export interface ThrottleLimit {
  /** Attempts (per address) or failures (per account) allowed within the window. */
  readonly max: number;
  readonly windowMs: number;
}

/**
 * Given the times of the most recent counted attempts (newest first, at most `max`), when the next
 * attempt may be made: null when it may be made now. Refused attempts are not counted, so the
 * block ends when the `max`-th newest attempt leaves the window.
 */
export function blockedUntil(recentAttemptsNewestFirst: readonly string[], limit: ThrottleLimit, now: Date): Date | null {
  if (recentAttemptsNewestFirst.length < limit.max) return null;
  const edge = recentAttemptsNewestFirst[limit.max - 1];
  if (edge === undefined) return null;
  const until = new Date(new Date(edge).getTime() + limit.windowMs);
  return until > now ? until : null;
}

export function loginRateLimited(until: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError('rate_limited', 'LOGIN_RATE_LIMITED', `Too many login attempts; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
}
