import { AppError, defineCollection, DuplicateKeyError, type Clock, type Collection, type StoredDocument } from '@ecticket/platform';

/** Requests of one subject in one window, counted in the store so every gateway shares the count. */
export interface QuotaWindow extends StoredDocument {
  /** `<quota>|<subject>|<window start, ms>` */
  readonly id: string;
  readonly count: number;
  readonly expiresAt: string;
}

export const quotaWindows = defineCollection<QuotaWindow>('quota_windows', [{ fields: ['expiresAt'] }]);

export interface QuotaPolicy {
  /** Names the quota in its records and, as `<NAME>_RATE_LIMITED`, in its refusal code. */
  readonly name: string;
  readonly limit: number;
  readonly windowMs: number;
}

/**
 * At most `limit` requests per subject and fixed window. The count only grows by a conditional
 * update (`count < limit`), so racing requests never take more than the limit between them.
 */
export class RequestQuota {
  constructor(
    private readonly windows: Collection<QuotaWindow>,
    private readonly clock: Clock,
    private readonly policy: QuotaPolicy,
  ) {}

  /** Counts one request of `subject`, or refuses it (429 with Retry-After) when the window is full. */
  async take(subject: string): Promise<void> {
    const now = this.clock.now().getTime();
    const windowEnd = now - (now % this.policy.windowMs) + this.policy.windowMs;
    const id = `${this.policy.name}|${subject}|${windowEnd - this.policy.windowMs}`;
    if (await this.increment(id)) return;
    if (await this.open(id, windowEnd)) return;
    // The window exists: full, or opened by a racing request since the first step.
    if (await this.increment(id)) return;
    throw new AppError('rate_limited', `${this.policy.name.toUpperCase()}_RATE_LIMITED`, `At most ${this.policy.limit} of these requests per window; try again later.`, {
      retryAfterSeconds: Math.ceil((windowEnd - now) / 1000),
    });
  }

  /** Forgets windows that ended; run periodically. */
  purgeExpired(now: Date): Promise<number> {
    return this.windows.deleteMany({ expiresAt: { $lte: now.toISOString() } });
  }

  private async increment(id: string): Promise<boolean> {
    return (await this.windows.updateOne({ id, count: { $lt: this.policy.limit } }, { $inc: { count: 1 } })) !== null;
  }

  private async open(id: string, windowEnd: number): Promise<boolean> {
    try {
      await this.windows.insert({ id, count: 1, expiresAt: new Date(windowEnd).toISOString() });
      return true;
    } catch (error) {
      if (error instanceof DuplicateKeyError) return false;
      throw error;
    }
  }
}
