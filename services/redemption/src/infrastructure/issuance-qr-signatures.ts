import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { unavailable, type Clock, type Logger } from '@ecticket/platform';
import type { issuanceV1 } from '@ecticket/contracts';
import type { QrPayload } from '../domain/qr-payload';
import type { QrSignatures } from '../application/ports';

export interface KeyRefreshPolicy {
  /** Least time between two fetches: unknown key ids (forged or not) cannot make this service hammer issuance. */
  readonly minRefreshIntervalMs: number;
  /** Keys older than this are fetched again, so a retired key stops verifying without a restart. */
  readonly maxAgeMs: number;
}

type FetchKeys = () => Promise<issuanceV1.GetTicketVerificationKeysResponse__Output>;

interface KeySet {
  readonly keys: ReadonlyMap<string, KeyObject>;
  readonly fetchedAt: number;
}

/**
 * QR payloads verified with the issuance service's Ed25519 public keys (GetTicketVerificationKeys),
 * cached. A refresh happens when the cache is older than maxAge or a payload names an unknown key
 * id, at most once per minRefreshInterval; concurrent calls share one fetch, and when a refresh
 * fails the keys already known stay in use.
 */
export class IssuanceQrSignatures implements QrSignatures {
  private current: KeySet | null = null;
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly fetchKeys: FetchKeys,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly policy: KeyRefreshPolicy,
  ) {}

  async isGenuine(qr: QrPayload): Promise<boolean> {
    const key = await this.keyFor(qr.kid);
    return key !== null && verify(null, Buffer.from(qr.signedText, 'ascii'), key, qr.signature);
  }

  private async keyFor(kid: string): Promise<KeyObject | null> {
    const wanted = this.isStale() || !this.current?.keys.has(kid);
    if (this.inFlight || (wanted && this.mayRefresh())) await this.refresh();
    if (!this.current) throw unavailable('TICKET_KEYS_UNAVAILABLE', 'QR codes cannot be verified right now; type the redemption code or try again shortly.');
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
        (error: unknown) => this.logger.warn({ err: error, cachedKeys: this.current?.keys.size ?? 0 }, 'fetching the ticket QR verification keys failed'),
      )
      .finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async fetchKeySet(): Promise<KeySet> {
    this.lastAttemptAt = this.clock.now().getTime();
    const response = await this.fetchKeys();
    const keys = new Map<string, KeyObject>();
    for (const published of response.keys) {
      const key = ed25519PublicKey(published);
      if (key) keys.set(published.kid, key);
      else this.logger.warn({ kid: published.kid, algorithm: published.algorithm }, 'ignoring a ticket verification key that is not an Ed25519 public key');
    }
    return { keys, fetchedAt: this.lastAttemptAt };
  }
}

function ed25519PublicKey(published: issuanceV1.TicketVerificationKey__Output): KeyObject | null {
  if (published.algorithm !== 'Ed25519' || !published.kid) return null;
  try {
    const key = createPublicKey(published.publicKeyPem);
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}
