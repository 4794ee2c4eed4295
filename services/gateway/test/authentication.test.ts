import { createHmac } from 'node:crypto';
import { unauthenticated } from '@ecticket/platform';
import { accessTokenHeader, audience, issuer, newSigningKey, tokenLifetimeSeconds } from './support/account-double';
import { GatewayHarness } from './support/gateway-harness';

const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A token put together by hand, the way an attacker would. */
function forged(header: Record<string, unknown>, payload: Record<string, unknown>, sign: (input: string) => string = () => ''): string {
  const input = `${base64url(header)}.${base64url(payload)}`;
  return `${input}.${sign(input)}`;
}

const keyRefreshSeconds = 30;

describe('authentication at the gateway (T10)', () => {
  let harness: GatewayHarness;
  const me = (token?: string, headers: Record<string, string> = {}) =>
    harness.request('get', '/v1/me', { ...(token === undefined ? {} : { token }), headers });

  beforeEach(async () => {
    harness = await GatewayHarness.start({ AUTH_KEYS_REFRESH_INTERVAL_SECONDS: String(keyRefreshSeconds), AUTH_CLOCK_TOLERANCE_SECONDS: '5' });
  });
  afterEach(() => harness.stop());

  const nowSeconds = () => Math.floor(harness.clock.now().getTime() / 1000);
  const validPayload = () => ({ sub: 'acc-owner-a', role: 'owner', mid: 'mer-a', iss: issuer, aud: audience, exp: nowSeconds() + 600 });

  async function expectRefused(answer: Promise<{ status: number; contentType: string; body: Record<string, unknown>; headers: Headers }>, code: string) {
    const { status, contentType, body, headers } = await answer;
    expect({ status, code: body.code }).toEqual({ status: 401, code });
    expect(contentType).toContain('application/problem+json');
    expect(headers.get('www-authenticate')).toMatch(/^Bearer/);
  }

  it('lets a valid ES256 token through and forwards it to the account service as metadata', async () => {
    const token = harness.account.token();
    const answer = await me(token);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ accountId: 'acc-owner-a', merchantId: 'mer-a', role: 'owner' });
    expect(harness.account.callsOf('CheckPrincipal').at(-1)).toMatchObject({ authorization: `Bearer ${token}`, request: { accessToken: token } });
  });

  it('refuses a request without a token: AUTHENTICATION_REQUIRED, before validating anything', async () => {
    await expectRefused(me(), 'AUTHENTICATION_REQUIRED');
    await expectRefused(harness.request('post', '/v1/branches', { body: { nonsense: true } }), 'AUTHENTICATION_REQUIRED');
    expect(harness.account.calls).toHaveLength(0);
  });

  it.each([
    ['garbage', 'not-a-jwt'],
    ['three dots of nothing', '..'],
    ['a header that is not JSON', `${base64url('{oops')}.${base64url({ sub: 'acc-owner-a' })}.c2ln`],
    ['an oversized token', `${'a'.repeat(5000)}.${'b'.repeat(10)}.c`],
  ])('refuses %s: MALFORMED_TOKEN', async (_case, token) => {
    await expectRefused(me(token), 'MALFORMED_TOKEN');
  });

  it('refuses another authorization scheme: MALFORMED_TOKEN', async () => {
    await expectRefused(me(undefined, { authorization: `Basic ${base64url('owner:secret')}` }), 'MALFORMED_TOKEN');
  });

  it('refuses `alg: none`', async () => {
    await expectRefused(me(forged({ alg: 'none', typ: 'at+jwt', kid: 'key-1' }, validPayload())), 'INVALID_TOKEN');
  });

  it('refuses HS256 signed with the public key as the HMAC secret (algorithm confusion)', async () => {
    const secret = harness.account.signingKey.publicKeyPem;
    const token = forged({ alg: 'HS256', typ: 'at+jwt', kid: 'key-1' }, validPayload(), (input) => createHmac('sha256', secret).update(input).digest('base64url'));
    await expectRefused(me(token), 'INVALID_TOKEN');
  });

  it('refuses a wrong issuer and a wrong audience', async () => {
    await expectRefused(me(harness.account.token({}, { issuer: 'someone-else' })), 'INVALID_TOKEN');
    await expectRefused(me(harness.account.token({}, { audience: 'another-api' })), 'INVALID_TOKEN');
  });

  it('refuses an expired token beyond the clock tolerance, and accepts one within it', async () => {
    const token = harness.account.token();
    harness.clock.advance((tokenLifetimeSeconds + 3) * 1000);
    expect((await me(token)).status).toBe(200);
    harness.clock.advance(3000);
    await expectRefused(me(token), 'TOKEN_EXPIRED');
  });

  it('refuses a token without an expiry, and one not valid yet', async () => {
    const withoutExpiry = harness.account.signed(
      { sub: 'acc-owner-a', role: 'owner', mid: 'mer-a' },
      { algorithm: 'ES256', header: accessTokenHeader, keyid: 'key-1', issuer, audience },
    );
    await expectRefused(me(withoutExpiry), 'INVALID_TOKEN');
    await expectRefused(me(harness.account.token({}, { notBefore: 60 })), 'INVALID_TOKEN');
  });

  it('refuses a JWT of another kind than an access token (explicit typing)', async () => {
    await expectRefused(me(harness.account.token({}, { header: { alg: 'ES256', typ: 'JWT' } })), 'INVALID_TOKEN');
  });

  it('refuses a signature of the wrong size', async () => {
    const [header, payload] = harness.account.token().split('.');
    await expectRefused(me(`${header}.${payload}.c2ln`), 'INVALID_TOKEN');
  });

  it('refuses a tampered payload', async () => {
    const [header, , signature] = harness.account.token().split('.');
    const tampered = `${header}.${base64url({ ...validPayload(), mid: 'mer-b' })}.${signature}`;
    await expectRefused(me(tampered), 'INVALID_TOKEN');
  });

  it('refuses a token without a kid, or with a kid that is not a plain identifier', async () => {
    const withoutKid = harness.account.signed(
      { sub: 'acc-owner-a', role: 'owner', mid: 'mer-a' },
      { algorithm: 'ES256', header: accessTokenHeader, issuer, audience, expiresIn: 600 },
    );
    await expectRefused(me(withoutKid), 'INVALID_TOKEN');
    await expectRefused(me(harness.account.token({}, { keyid: '../../etc/passwd' })), 'INVALID_TOKEN');
  });

  it('refuses an unknown kid, refreshing the keys at most once per interval however many requests ask', async () => {
    expect((await me(harness.account.token())).status).toBe(200);
    expect(harness.account.callsOf('GetVerificationKeys')).toHaveLength(1);

    const stranger = newSigningKey('key-unknown');
    const forgedToken = harness.account.token({}, {}, stranger);
    const answers = await Promise.all(Array.from({ length: 20 }, () => me(forgedToken)));
    expect(answers.map((answer) => answer.body.code)).toEqual(Array(20).fill('INVALID_TOKEN'));
    expect(harness.account.callsOf('GetVerificationKeys')).toHaveLength(1);

    harness.clock.advance(keyRefreshSeconds * 1000);
    await Promise.all(Array.from({ length: 20 }, () => me(forgedToken)));
    expect(harness.account.callsOf('GetVerificationKeys')).toHaveLength(2);
  });

  it('accepts a rotated key once the account service publishes it', async () => {
    expect((await me(harness.account.token())).status).toBe(200);
    const next = newSigningKey('key-2');
    harness.account.published = [harness.account.signingKey, next];
    harness.clock.advance(keyRefreshSeconds * 1000);
    expect((await me(harness.account.token({}, {}, next))).status).toBe(200);
  });

  it('fetches the keys once for a burst of first requests (no stampede)', async () => {
    const token = harness.account.token();
    const answers = await Promise.all(Array.from({ length: 20 }, () => me(token)));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(harness.account.callsOf('GetVerificationKeys')).toHaveLength(1);
  });

  it('answers 503 while no key could ever be fetched', async () => {
    harness.account.override('GetVerificationKeys', async () => {
      throw new Error('keys are down');
    });
    const answer = await me(harness.account.token());
    expect(answer).toMatchObject({ status: 503, body: { code: 'AUTH_KEYS_UNAVAILABLE' } });
  });

  it('holds no principal status: the account service refusing a still-valid token is answered on the very next request', async () => {
    const token = harness.account.token();
    expect((await harness.request('get', '/v1/branches', { token })).status).toBe(200);
    harness.account.override('ListBranches', async () => {
      throw unauthenticated('ACCOUNT_DELETED', 'This sub-account was deleted.');
    });
    const refused = await harness.request('get', '/v1/branches', { token });
    expect(refused).toMatchObject({ status: 401, body: { code: 'ACCOUNT_DELETED' } });
  });

  it('takes the merchant from the token, never from the request', async () => {
    const token = harness.account.token({ sub: 'acc-clerk', role: 'sub_account', mid: 'mer-a', bid: 'br-1' });
    const created = await harness.request('post', '/v1/branches', { token, body: { name: 'North', code: 'N1' } });
    expect(created.status).toBe(201);
    expect(harness.account.callsOf('CreateBranch').at(-1)?.request).toMatchObject({ merchantId: 'mer-a', name: 'North', code: 'N1' });

    const smuggled = await harness.request('post', '/v1/branches', { token, body: { name: 'North', code: 'N2', merchantId: 'mer-b' } });
    expect(smuggled).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    const viaQuery = await harness.request('get', '/v1/branches?merchantId=mer-b', { token });
    expect(viaQuery).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
  });

  it('keeps operators and merchant staff on their own routes', async () => {
    const operator = harness.account.token({ sub: 'acc-operator', role: 'operator', mid: undefined });
    expect(await harness.request('get', '/v1/branches', { token: operator })).toMatchObject({ status: 403, body: { code: 'MERCHANT_ACCOUNT_REQUIRED' } });
    expect((await harness.request('get', '/v1/operator/merchants', { token: operator })).status).toBe(200);
    const owner = harness.account.token();
    expect(await harness.request('get', '/v1/operator/merchants', { token: owner })).toMatchObject({ status: 403, body: { code: 'OPERATOR_ONLY' } });
  });
});
