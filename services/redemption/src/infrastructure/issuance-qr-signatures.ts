import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { CachedKeySet, unavailable, type Clock, type KeyRefreshPolicy, type Logger } from '@ecticket/platform';
import type { issuanceV1 } from '@ecticket/contracts';
import type { QrPayload } from '../domain/qr-payload';
import type { QrSignatures } from '../application/ports';

type FetchKeys = () => Promise<issuanceV1.GetTicketVerificationKeysResponse__Output>;

/** QR payloads verified with the issuance service's Ed25519 public keys (GetTicketVerificationKeys), cached. */
export class IssuanceQrSignatures implements QrSignatures {
  private readonly keys: CachedKeySet<KeyObject>;

  constructor(fetchKeys: FetchKeys, clock: Clock, logger: Logger, policy: KeyRefreshPolicy) {
    this.keys = new CachedKeySet({
      fetch: async () => ed25519Keys(await fetchKeys(), logger),
      clock,
      logger,
      policy,
      unavailable: () => unavailable('TICKET_KEYS_UNAVAILABLE', 'QR codes cannot be verified right now; type the redemption code or try again shortly.'),
      description: 'ticket QR verification keys',
    });
  }

  async isGenuine(qr: QrPayload): Promise<boolean> {
    const key = await this.keys.keyFor(qr.kid);
    return key !== null && verify(null, Buffer.from(qr.signedText, 'ascii'), key, qr.signature);
  }
}

function ed25519Keys(response: issuanceV1.GetTicketVerificationKeysResponse__Output, logger: Logger): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const published of response.keys) {
    const key = ed25519PublicKey(published);
    if (key) keys.set(published.kid, key);
    else logger.warn({ kid: published.kid, algorithm: published.algorithm }, 'ignoring a ticket verification key that is not an Ed25519 public key');
  }
  return keys;
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
