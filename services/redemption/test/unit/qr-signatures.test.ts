import { generateKeyPairSync, sign } from 'node:crypto';
import type { issuanceV1 } from '@ecticket/contracts';
import { ManualClock, createLogger } from '@ecticket/platform';
import { parseQrPayload } from '../../src/domain/qr-payload';
import { IssuanceQrSignatures } from '../../src/infrastructure/issuance-qr-signatures';

const keyPair = generateKeyPairSync('ed25519');
const published: issuanceV1.GetTicketVerificationKeysResponse__Output = {
  keys: [{ kid: 'k1', algorithm: 'Ed25519', publicKey: '', publicKeyPem: keyPair.publicKey.export({ type: 'spki', format: 'pem' }).toString() }],
};

function qr(kid: string, privateKey = keyPair.privateKey) {
  const text = `v1.${kid}.0123456789ABCDEF.ABCDEFGHJKMNPQRST0`;
  return parseQrPayload(`${text}.${sign(null, Buffer.from(text), privateKey).toString('base64url')}`);
}

describe('QR signatures checked with the issuance service’s keys (R28)', () => {
  const clock = new ManualClock();
  const logger = createLogger({ service: 'test', level: 'silent' });
  let fetches = 0;
  const signatures = () =>
    new IssuanceQrSignatures(
      async () => {
        fetches += 1;
        return published;
      },
      clock,
      logger,
      { minRefreshIntervalMs: 30_000, maxAgeMs: 600_000 },
    );

  beforeEach(() => (fetches = 0));

  it('accepts a payload signed by a published key; refuses another key’s signature and an unknown key id', async () => {
    const verifier = signatures();
    expect(await verifier.isGenuine(qr('k1'))).toBe(true);
    expect(await verifier.isGenuine(qr('k1', generateKeyPairSync('ed25519').privateKey))).toBe(false);
    expect(await verifier.isGenuine(qr('k9'))).toBe(false);
  });

  it('caches the keys; forged key ids cannot make it fetch more than once per interval; stale keys are fetched again', async () => {
    const verifier = signatures();
    await Promise.all([verifier.isGenuine(qr('k1')), verifier.isGenuine(qr('k1'))]);
    for (let i = 0; i < 20; i += 1) await verifier.isGenuine(qr(`forged${i}`));
    expect(fetches).toBe(1);
    clock.advance(30_000);
    await verifier.isGenuine(qr('forged-again'));
    expect(fetches).toBe(2);
    clock.advance(600_000);
    await verifier.isGenuine(qr('k1'));
    expect(fetches).toBe(3);
  });
});
