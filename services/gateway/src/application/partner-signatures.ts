import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { defineCollection, DuplicateKeyError, unauthenticated, type AppError, type Clock, type Collection, type StoredDocument } from '@ecticket/platform';

/**
 * Partners (convenience-store kiosks) sign every request with a secret they share with the
 * platform: X-Signature = hex HMAC-SHA256 of `<METHOD>\n<request target>\n<X-Timestamp>\n<X-Nonce>\n<hex
 * SHA-256 of the body>`. The timestamp must be within a window around the platform's clock, and a
 * nonce counts once within it.
 */
export interface SignedRequest {
  readonly partnerId: string | undefined;
  /** Unix seconds, as the partner sent it. */
  readonly timestamp: string | undefined;
  /** Fresh for every request the partner signs. */
  readonly nonce: string | undefined;
  readonly signature: string | undefined;
  readonly method: string;
  /** The path and query string as sent. */
  readonly target: string;
  readonly body: string;
}

/** Partner id → shared secret. */
export type PartnerSecrets = ReadonlyMap<string, string>;

/** A nonce seen already: a request carrying it again within its window is refused by the unique id. */
export interface SeenNonce extends StoredDocument {
  /** `<partner id>.<nonce>` */
  readonly id: string;
  /** When the timestamp it was signed with leaves the window: from then on the timestamp alone refuses a replay. */
  readonly expiresAt: string;
}

// The collection spent signatures were kept in, so its purge also clears what gateways before nonces left.
export const seenNonces = defineCollection<SeenNonce>('partner_signatures', [{ fields: ['expiresAt'] }]);

/** The stable codes of a refused signed request, all 401. */
export const signatureRefusals = {
  missing: 'SIGNATURE_REQUIRED',
  unknownPartner: 'UNKNOWN_PARTNER',
  invalid: 'INVALID_SIGNATURE',
  stale: 'STALE_TIMESTAMP',
  replayed: 'SIGNATURE_REPLAYED',
} as const;

export const signatureWindowSeconds = 300;
export const minimumPartnerSecretLength = 32;

export const partnerIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
export const timestampPattern = /^[0-9]{1,12}$/;
/** Long enough for a UUID or 16 random bytes in hex. */
export const noncePattern = /^[A-Za-z0-9_-]{16,64}$/;
const signaturePattern = /^[0-9a-f]{64}$/;

interface SigningInput {
  readonly method: string;
  readonly target: string;
  readonly timestamp: string;
  readonly nonce: string;
  readonly body: string;
}

/** The text a partner signs. */
function signingInput(request: SigningInput): string {
  const bodyHash = createHash('sha256').update(request.body, 'utf8').digest('hex');
  return `${request.method.toUpperCase()}\n${request.target}\n${request.timestamp}\n${request.nonce}\n${bodyHash}`;
}

export class PartnerRequestVerifier {
  constructor(
    private readonly secrets: PartnerSecrets,
    private readonly seen: Collection<SeenNonce>,
    private readonly clock: Clock,
  ) {}

  /** The partner who signed the request, or a 401 refusal; the nonce is spent by this call. */
  async verify(request: SignedRequest): Promise<string> {
    const { partnerId, timestamp, nonce, signature } = request;
    if (!matches(partnerIdPattern, partnerId) || !matches(timestampPattern, timestamp) || !matches(noncePattern, nonce) || !matches(signaturePattern, signature)) {
      throw refuse(
        'missing',
        'Sign the request: X-Partner-Id, X-Timestamp (unix seconds), X-Nonce (16 to 64 letters, digits, - or _, new for every request) and X-Signature (lowercase hex HMAC-SHA256).',
      );
    }
    const secret = this.secrets.get(partnerId);
    if (secret === undefined) throw refuse('unknownPartner', 'No partner has this id.');
    if (!sameSignature(signature, createHmac('sha256', secret).update(signingInput({ ...request, timestamp, nonce })).digest('hex'))) {
      throw refuse('invalid', 'The signature does not match the request.');
    }
    const signedAt = Number(timestamp);
    if (Math.abs(this.clock.now().getTime() / 1000 - signedAt) > signatureWindowSeconds) {
      throw refuse('stale', `X-Timestamp is more than ${signatureWindowSeconds} seconds away from the platform's clock.`);
    }
    await this.spend(`${partnerId}.${nonce}`, signedAt);
    return partnerId;
  }

  /** Forgets nonces whose timestamps left the window; run periodically. */
  purgeExpired(now: Date): Promise<number> {
    return this.seen.deleteMany({ expiresAt: { $lte: now.toISOString() } });
  }

  private async spend(id: string, signedAt: number): Promise<void> {
    // One second past the last instant the timestamp is accepted, so no purge can forget a nonce that could still be replayed.
    const expiresAt = new Date((signedAt + signatureWindowSeconds + 1) * 1000).toISOString();
    if (await this.tryInsert({ id, expiresAt })) return;
    // Seen before: within the window a replay; outside it, a record that only waits for the purge.
    const forgotten = await this.seen.deleteMany({ id, expiresAt: { $lte: this.clock.now().toISOString() } });
    if (forgotten === 0 || !(await this.tryInsert({ id, expiresAt }))) {
      throw refuse('replayed', 'This nonce was received already; sign each request anew, with a new X-Nonce.');
    }
  }

  private async tryInsert(nonce: SeenNonce): Promise<boolean> {
    try {
      await this.seen.insert(nonce);
      return true;
    } catch (error) {
      if (error instanceof DuplicateKeyError) return false;
      throw error;
    }
  }
}

function matches(pattern: RegExp, header: string | undefined): header is string {
  return header !== undefined && pattern.test(header);
}

/** Compared in constant time, so the time taken tells a forger nothing about how close it came. */
function sameSignature(received: string, expected: string): boolean {
  return timingSafeEqual(Buffer.from(received, 'hex'), Buffer.from(expected, 'hex'));
}

function refuse(reason: keyof typeof signatureRefusals, message: string): AppError {
  return unauthenticated(signatureRefusals[reason], message);
}

/**
 * `partnerId:secret,…` (KIOSK_PARTNERS); null when malformed: a bad id, a secret shorter than
 * minimumPartnerSecretLength, or an id given twice.
 */
export function parsePartnerSecrets(text: string): PartnerSecrets | null {
  const secrets = new Map<string, string>();
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const separator = entry.indexOf(':');
    const partnerId = entry.slice(0, separator);
    const secret = entry.slice(separator + 1);
    if (separator < 0 || !partnerIdPattern.test(partnerId) || secret.length < minimumPartnerSecretLength || secrets.has(partnerId)) return null;
    secrets.set(partnerId, secret);
  }
  return secrets;
}
