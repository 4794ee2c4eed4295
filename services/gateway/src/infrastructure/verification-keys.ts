import { createPublicKey, type KeyObject } from 'node:crypto';
import { unavailable, type Clock, type Logger } from '@ecticket/platform';
import type { accountV1 } from '@ecticket/contracts';
import type { TrustedKey, VerificationKeySource } from '../application/authenticate';

export interface KeyRefreshPolicy {
  /** Least time between two fetches: unknown `kid`s (forged or not) cannot make the gateway hammer the account service. */
  readonly minRefreshIntervalMs: number;
  /** Keys older than this are fetched again, so a retired key stops verifying without a restart. */
  readonly maxAgeMs: number;
}

type FetchKeys = () => Promise<accountV1.GetVerificationKeysResponse__Output>;

interface KeySet {
  readonly keys: ReadonlyMap<string, TrustedKey>;
  readonly fetchedAt: number;
}

/**
 * The account service's public keys, cached. A refresh happens when the cache is older than
 * maxAge or a token names an unknown `kid`, at most once per minRefreshInterval, and concurrent
 * requests share one fetch. When a refresh fails the keys already known stay in use.
 */
export class CachedVerificationKeys implements VerificationKeySource {
  private current: KeySet | null = null;
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly fetchKeys: FetchKeys,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly policy: KeyRefreshPolicy,
  ) {}

  async keyFor(kid: string): Promise<TrustedKey | null> {
    const wanted = this.isStale() || !this.current?.keys.has(kid);
    if (this.inFlight || (wanted && this.mayRefresh())) await this.refresh();
    if (!this.current) throw unavailable('AUTH_KEYS_UNAVAILABLE', 'Access tokens cannot be verified right now; try again shortly.');
    return this.current.keys.get(kid) ?? null;
  }

  private mayRefresh(): boolean {
    return !this.current || this.clock.now().getTime() - this.lastAttemptAt >= this.policy.minRefreshIntervalMs;
  }

  private isStale(): boolean {
    return !this.current || this.clock.now().getTime() - this.current.fetchedAt >= this.policy.maxAgeMs;
  }

  private refresh(): Promise<void> {
    this.inFlight ??= this.fetchKeySet()
      .then(
        (keySet) => void (this.current = keySet),
        (error: unknown) => this.logger.warn({ err: error, cachedKeys: this.current?.keys.size ?? 0 }, 'fetching the token verification keys failed'),
      )
      .finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async fetchKeySet(): Promise<KeySet> {
    this.lastAttemptAt = this.clock.now().getTime();
    const response = await this.fetchKeys();
    if (!response.issuer || !response.audience) throw new Error('the account service published no issuer or audience');
    const keys = new Map<string, TrustedKey>();
    for (const published of response.keys) {
      const key = es256PublicKey(published);
      if (key) keys.set(published.kid, { key, issuer: response.issuer, audience: response.audience });
      else this.logger.warn({ kid: published.kid, algorithm: published.algorithm }, 'ignoring a verification key that is not an ES256 public key');
    }
    return { keys, fetchedAt: this.lastAttemptAt };
  }
}

/** Only P-256 public keys published for ES256 are trusted; anything else is ignored. */
function es256PublicKey(published: accountV1.VerificationKey__Output): KeyObject | null {
  if (published.algorithm !== 'ES256' || !published.kid) return null;
  try {
    const key = createPublicKey(published.publicKeyPem);
    const isP256 = key.type === 'public' && key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
    return isP256 ? key : null;
  } catch {
    return null;
  }
}
