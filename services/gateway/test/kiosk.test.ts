/**
 * Convenience-store kiosk partners over HTTP, in front of the real services: signed requests
 * (HMAC-SHA256 over method, path, timestamp, nonce and body hash), each nonce accepted once by
 * every gateway sharing the store, their refusals with stable codes, and the per-partner limit on
 * pickup-code lookups.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { ConfigError, loadConfig, ManualClock } from '@ecticket/platform';
import { seenNonces } from '../src/application/partner-signatures';
import { gatewaySettingsShape } from '../src/main';
import { eventually, type Answer, type GatewayUnderTest } from './support/gateway-harness';
import { PlatformUnderTest } from './support/real-platform';

const secretA = 'kiosk-a-secret-that-is-long-enough-1';
const secretB = 'kiosk-b-secret-that-is-long-enough-2';
const lookupsPerMinute = 5;
const lookupPath = '/v1/kiosk/pickup-lookups';
const printingPath = '/v1/kiosk/printings';

interface Signing {
  readonly partnerId?: string;
  readonly secret?: string;
  /** Seconds from the gateway's now to the signed timestamp. */
  readonly clockSkew?: number;
  /** Default: a new UUID. */
  readonly nonce?: string;
  /** What is signed, when it differs from what is sent. */
  readonly signedPath?: string;
  readonly signedBody?: string;
  readonly signedNonce?: string;
}

describe('kiosk partners sign their requests', () => {
  const clock = new ManualClock(new Date());
  let platform: PlatformUnderTest;
  let pickupCode: string;
  let orderId: string;
  let owner: string;

  /** The partner's side of the scheme, written from its documentation. */
  function signedHeaders(method: string, path: string, body: string, signing: Signing = {}): Record<string, string> {
    const timestamp = String(Math.floor(clock.now().getTime() / 1000) + (signing.clockSkew ?? 0));
    const nonce = signing.nonce ?? randomUUID();
    const bodyHash = createHash('sha256').update(signing.signedBody ?? body).digest('hex');
    const signature = createHmac('sha256', signing.secret ?? secretA)
      .update(`${method}\n${signing.signedPath ?? path}\n${timestamp}\n${signing.signedNonce ?? nonce}\n${bodyHash}`)
      .digest('hex');
    return { 'content-type': 'application/json', 'x-partner-id': signing.partnerId ?? 'kiosk-a', 'x-timestamp': timestamp, 'x-nonce': nonce, 'x-signature': signature };
  }

  function kioskCall(path: string, code: string, signing: Signing = {}, gateway: GatewayUnderTest = platform.gateway): Promise<Answer> {
    const body = JSON.stringify({ pickupCode: code });
    return gateway.request('post', path, { body, headers: signedHeaders('POST', path, body, signing) });
  }

  beforeAll(async () => {
    platform = await PlatformUnderTest.start({ KIOSK_PARTNERS: `kiosk-a:${secretA}, kiosk-b:${secretB}`, KIOSK_LOOKUPS_PER_MINUTE: String(lookupsPerMinute) }, clock);
    const merchant = await platform.onboardMerchant();
    owner = merchant.owner;
    const product = await platform.ok('post', '/v1/products', {
      token: owner,
      body: { ticketType: 'gift_voucher', name: 'Free dessert', faceValue: 0, immediatelyUsable: true },
    });
    const placed = await platform.ok('post', '/v1/orders', {
      token: owner,
      body: {
        merchantOrderNo: `C${randomUUID().replace(/-/g, '').slice(0, 19)}`,
        buyer: { name: 'Wang Fang', email: 'fang@example.com' },
        items: [{ productId: String(product.id), quantity: 2 }],
        ticketForm: 'convenience_store',
        giftVoucherExpiresOn: '2099-12-31',
      },
    });
    orderId = String((placed.order as { id: string }).id);
    await platform.ok('post', `/v1/orders/${orderId}/issue`, { token: owner });
    pickupCode = (await platform.issuance.GetDeliveryLinks({ merchantId: merchant.merchantId, orderId })).pickupCode;
  });
  afterAll(() => platform?.stop());

  it('finds the order by a signed pickup-code lookup, confirms its printing, and does not show it again (R27 then locks the buyer)', async () => {
    const found = await kioskCall(lookupPath, pickupCode);
    expect(found).toMatchObject({ status: 200, body: { orderId, buyerName: 'Wang Fang' } });
    expect(found.body.tickets).toHaveLength(2);

    const printed = await kioskCall(printingPath, pickupCode);
    expect(printed).toMatchObject({ status: 200, body: { orderId } });
    expect(printed.body.ticketIds).toHaveLength(2);
    // The same request in the same second, with a nonce of its own: a retry, not a replay.
    expect(await kioskCall(printingPath, pickupCode)).toMatchObject({ status: 200, body: { orderId } });

    expect(await kioskCall(lookupPath, pickupCode)).toMatchObject({ status: 422, body: { code: 'TICKETS_ALREADY_PRINTED' } });
    const changed = await platform.request('put', `/v1/orders/${orderId}/buyer`, { token: owner, body: { name: 'Someone Else', email: 'else@example.com' } });
    expect(changed).toMatchObject({ status: 422, body: { code: 'BUYER_LOCKED_BY_PRINTING' } });
  });

  it.each<[string, Signing, string]>([
    ['a signature by another secret', { secret: secretB }, 'INVALID_SIGNATURE'],
    ['an unknown partner', { partnerId: 'kiosk-z' }, 'UNKNOWN_PARTNER'],
    ['a timestamp too old', { clockSkew: -301 }, 'STALE_TIMESTAMP'],
    ['a timestamp too far ahead', { clockSkew: 301 }, 'STALE_TIMESTAMP'],
    ['a tampered body', { signedBody: JSON.stringify({ pickupCode: '000000000000' }) }, 'INVALID_SIGNATURE'],
    ['a signature for another route', { signedPath: printingPath }, 'INVALID_SIGNATURE'],
    ['a signature over another nonce', { signedNonce: randomUUID() }, 'INVALID_SIGNATURE'],
    ['a nonce shorter than 16 characters', { nonce: 'abc123' }, 'SIGNATURE_REQUIRED'],
    ['a nonce with other characters', { nonce: 'nonce with spaces in it' }, 'SIGNATURE_REQUIRED'],
  ])('refuses %s (401)', async (_case, signing, code) => {
    const answer = await kioskCall(lookupPath, pickupCode, signing);
    expect(answer).toMatchObject({ status: 401, body: { code } });
    expect(answer.contentType).toContain('application/problem+json');
  });

  it('refuses a request without its signature headers', async () => {
    const body = JSON.stringify({ pickupCode });
    const answer = await platform.request('post', lookupPath, { body, headers: { 'content-type': 'application/json', 'x-partner-id': 'kiosk-a' } });
    expect(answer).toMatchObject({ status: 401, body: { code: 'SIGNATURE_REQUIRED' } });
  });

  it('refuses a request signed without a nonce (401 SIGNATURE_REQUIRED)', async () => {
    const body = JSON.stringify({ pickupCode });
    const { 'x-nonce': _nonce, ...withoutNonce } = signedHeaders('POST', lookupPath, body);
    const answer = await platform.request('post', lookupPath, { body, headers: withoutNonce });
    expect(answer).toMatchObject({ status: 401, body: { code: 'SIGNATURE_REQUIRED' } });
    expect(answer.contentType).toContain('application/problem+json');
  });

  it('refuses a signed request sent a second time', async () => {
    const body = JSON.stringify({ pickupCode: '123456789012' });
    const headers = signedHeaders('POST', lookupPath, body, { partnerId: 'kiosk-b', secret: secretB });
    expect((await platform.request('post', lookupPath, { body, headers })).body.code).toBe('PICKUP_CODE_NOT_FOUND');
    const replayed = await platform.request('post', lookupPath, { body, headers });
    expect(replayed).toMatchObject({ status: 401, body: { code: 'SIGNATURE_REPLAYED' } });
    expect(replayed.contentType).toContain('application/problem+json');
  });

  it('refuses a nonce seen before within the window, even on a request signed anew', async () => {
    const nonce = randomUUID();
    expect((await kioskCall(lookupPath, '123456789013', { nonce })).status).toBe(404);
    clock.advance(30_000);
    expect(await kioskCall(lookupPath, '123456789014', { nonce })).toMatchObject({ status: 401, body: { code: 'SIGNATURE_REPLAYED' } });
    expect((await kioskCall(lookupPath, '123456789014', { nonce, partnerId: 'kiosk-b', secret: secretB })).status).toBe(404);
  });

  it('refuses a replay at a second gateway sharing the store, and after a gateway restart', async () => {
    const body = JSON.stringify({ pickupCode: '123456789015' });
    const headers = signedHeaders('POST', lookupPath, body, { partnerId: 'kiosk-b', secret: secretB });
    expect((await platform.request('post', lookupPath, { body, headers })).status).toBe(404);
    const replica = await platform.gateway.replica();
    try {
      expect(await replica.request('post', lookupPath, { body, headers })).toMatchObject({ status: 401, body: { code: 'SIGNATURE_REPLAYED' } });
    } finally {
      await replica.stop();
    }
    await platform.gateway.restart();
    expect(await platform.request('post', lookupPath, { body, headers })).toMatchObject({ status: 401, body: { code: 'SIGNATURE_REPLAYED' } });
  });

  it('takes a nonce again once the window of its first use has passed, before any purge', async () => {
    const nonce = randomUUID();
    expect((await kioskCall(lookupPath, '123456789016', { nonce })).status).toBe(404);
    clock.advance(302_000);
    expect((await platform.gateway.stored(seenNonces)).map((seen) => seen.id)).toContain(`kiosk-a.${nonce}`);
    expect((await kioskCall(lookupPath, '123456789017', { nonce })).status).toBe(404);
    expect(await kioskCall(lookupPath, '123456789018', { nonce })).toMatchObject({ status: 401, body: { code: 'SIGNATURE_REPLAYED' } });
  });

  it('limits pickup-code lookups per partner and minute, even at once, and not the other partners', async () => {
    clock.set(new Date(Math.ceil(clock.now().getTime() / 60_000) * 60_000 + 1_000));
    const partnerB = { partnerId: 'kiosk-b', secret: secretB };
    const codes = Array.from({ length: lookupsPerMinute + 3 }, (_unused, index) => String(900_000_000_000 + index));
    const answers = await Promise.all(codes.map((code) => kioskCall(lookupPath, code, partnerB)));
    expect(answers.filter((answer) => answer.status === 404)).toHaveLength(lookupsPerMinute);
    const limited = answers.filter((answer) => answer.status === 429);
    expect(limited).toHaveLength(3);
    expect(limited[0]!.body.code).toBe('PICKUP_LOOKUP_RATE_LIMITED');
    expect(limited[0]!.headers.get('retry-after')).toBe('59');

    expect((await kioskCall(lookupPath, '000000000001')).status).toBe(404);
    clock.advance(60_000);
    expect((await kioskCall(lookupPath, '000000000002', partnerB)).status).toBe(404);
  });

  it('purges the nonces whose window has passed from its store in the background', async () => {
    expect((await kioskCall(lookupPath, '000000000003')).status).toBe(404);
    expect((await platform.gateway.stored(seenNonces)).length).toBeGreaterThan(0);
    clock.advance(2 * 60 * 60 * 1000);
    await eventually('the expired nonces are purged', async () => (await platform.gateway.stored(seenNonces)).length === 0);
  });
});

describe('KIOSK_PARTNERS', () => {
  it('reads partner ids and secrets', () => {
    const partners = loadConfig(gatewaySettingsShape, { KIOSK_PARTNERS: `a:${secretA},b-2:${secretB}` }).KIOSK_PARTNERS;
    expect([...partners.entries()]).toEqual([
      ['a', secretA],
      ['b-2', secretB],
    ]);
    expect(loadConfig(gatewaySettingsShape, {}).KIOSK_PARTNERS.size).toBe(0);
  });

  it.each([
    ['a secret shorter than 32 characters', 'a:too-short-a-secret', 'too-short-a-secret'],
    ['a partner given twice', `a:${secretA},a:${secretB}`, secretB],
    ['an entry without a secret', `kiosk-without-secret,b:${secretA}`, secretA],
    ['a malformed id', `a b:${secretA}`, secretA],
  ])('refuses %s without repeating a secret', (_case, value, secret) => {
    let error: unknown;
    try {
      loadConfig(gatewaySettingsShape, { KIOSK_PARTNERS: value });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain('KIOSK_PARTNERS');
    expect(String(error)).not.toContain(secret);
  });
});
