import type { AppError } from '../errors';
import type { Clock } from '../clock';
import type { Logger } from '../logging';

export interface KeyRefreshPolicy {
  /** Least time between two fetches: unknown key ids (forged or not) cannot make a service hammer the key's owner. */
  readonly minRefreshIntervalMs: number;
  /** Keys older than this are fetched again, so a retired key stops verifying without a restart. */
  readonly maxAgeMs: number;
}

export interface KeySetOptions<K> {
  /** Fetches the published keys by id; keys that cannot be used are left out (and logged) by the caller. */
  readonly fetch: () => Promise<ReadonlyMap<string, K>>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly policy: KeyRefreshPolicy;
  /** What to say while no key set could be fetched at all. */
  readonly unavailable: () => AppError;
  /** Names the keys in logs, e.g. `token verification keys`. */
  readonly description: string;
}

interface KeySet<K> {
  readonly keys: ReadonlyMap<string, K>;
  readonly fetchedAt: number;
}

/**
 * Public keys another service publishes (token or ticket signing keys), cached by id. A refresh
 * happens when the cache is older than maxAge or an unknown id is asked for, at most once per
 * minRefreshInterval; concurrent callers share one fetch, and when a refresh fails the keys
 * already known stay in use.
 */
export class CachedKeySet<K> {
  private current: KeySet<K> | null = null;
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | null = null;

  constructor(private readonly options: KeySetOptions<K>) {}

  /** The key with this id, null when none is published; throws `unavailable()` while no key set was ever fetched. */
  async keyFor(id: string): Promise<K | null> {
    const wanted = this.isStale() || !this.current?.keys.has(id);
    if (this.inFlight || (wanted && this.mayRefresh())) await this.refresh();
    if (!this.current) throw this.options.unavailable();
    return this.current.keys.get(id) ?? null;
  }

  private now(): number {
    return this.options.clock.now().getTime();
  }

  private mayRefresh(): boolean {
    return !this.current || this.now() - this.lastAttemptAt >= this.options.policy.minRefreshIntervalMs;
  }

  private isStale(): boolean {
    return !this.current || this.now() - this.current.fetchedAt >= this.options.policy.maxAgeMs;
  }

  private refresh(): Promise<void> {
    this.inFlight ??= this.fetchKeySet()
      .then(
        (keySet) => void (this.current = keySet),
        (error: unknown) => this.options.logger.warn({ err: error, cachedKeys: this.current?.keys.size ?? 0 }, `fetching the ${this.options.description} failed`),
      )
      .finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async fetchKeySet(): Promise<KeySet<K>> {
    this.lastAttemptAt = this.now();
    return { keys: await this.options.fetch(), fetchedAt: this.lastAttemptAt };
  }
}
