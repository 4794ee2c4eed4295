import { createPublicKey, type KeyObject } from 'node:crypto';
import { CachedKeySet, unavailable, type Clock, type KeyRefreshPolicy, type Logger } from '@ecticket/platform';
import type { accountV1 } from '@ecticket/contracts';
import type { TrustedKey, VerificationKeySource } from '../application/authenticate';

type FetchKeys = () => Promise<accountV1.GetVerificationKeysResponse__Output>;

/** The account service's public token keys, cached (see CachedKeySet for when they are fetched again). */
export class CachedVerificationKeys implements VerificationKeySource {
  private readonly keys: CachedKeySet<TrustedKey>;

  constructor(fetchKeys: FetchKeys, clock: Clock, logger: Logger, policy: KeyRefreshPolicy) {
    this.keys = new CachedKeySet({
      fetch: async () => trustedKeys(await fetchKeys(), logger),
      clock,
      logger,
      policy,
      unavailable: () => unavailable('AUTH_KEYS_UNAVAILABLE', 'Access tokens cannot be verified right now; try again shortly.'),
      description: 'token verification keys',
    });
  }

  keyFor(kid: string): Promise<TrustedKey | null> {
    return this.keys.keyFor(kid);
  }
}

function trustedKeys(response: accountV1.GetVerificationKeysResponse__Output, logger: Logger): Map<string, TrustedKey> {
  if (!response.issuer || !response.audience) throw new Error('the account service published no issuer or audience');
  const keys = new Map<string, TrustedKey>();
  for (const published of response.keys) {
    const key = es256PublicKey(published);
    if (key) keys.set(published.kid, { key, issuer: response.issuer, audience: response.audience });
    else logger.warn({ kid: published.kid, algorithm: published.algorithm }, 'ignoring a verification key that is not an ES256 public key');
  }
  return keys;
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
