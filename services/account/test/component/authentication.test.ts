import { createHmac } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { accounts } from '../../src/infrastructure/collections';
import { AccountHarness, OPERATOR_PASSWORD, PASSWORD, newBranch, newMerchant, newSubAccount, refusalOf, type TestMerchant } from '../support/harness';

const harness = new AccountHarness();
let merchant: TestMerchant;

beforeAll(async () => {
  await harness.start();
  merchant = await newMerchant(harness);
});
afterAll(() => harness.stop());

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function signingKeyFile(): { kid: string; pem: string } {
  const directory = path.join(harness.dataDir, 'account-keys');
  const [file] = readdirSync(directory);
  if (!file) throw new Error('no key file');
  return { kid: file.replace(/\.pem$/, ''), pem: readFileSync(path.join(directory, file), 'utf8') };
}

describe('login and access tokens', () => {
  it('issues an ES256 token with kid and typ, the account, merchant, role, branch and credentials version', async () => {
    const branchId = await newBranch(harness, merchant);
    const clerk = await newSubAccount(harness, merchant, ['redeem'], branchId);
    const response = await harness.call('Login', { merchantId: merchant.merchantId, username: clerk.username, password: PASSWORD, clientAddress: '' });

    expect(response).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    expect(response.principal).toMatchObject({ accountId: clerk.id, merchantId: merchant.merchantId, role: 'ROLE_SUB_ACCOUNT', headOffice: false });
    const decoded = jwt.decode(response.accessToken, { complete: true });
    const keys = await harness.services.GetVerificationKeys({});
    expect(decoded?.header).toMatchObject({ alg: 'ES256', typ: 'at+jwt', kid: keys.keys[0]?.kid });
    expect(decoded?.payload).toMatchObject({
      sub: clerk.id,
      mid: merchant.merchantId,
      role: 'sub_account',
      bid: branchId,
      cv: 1,
      iss: 'ecticket-account',
      aud: 'ecticket-api',
    });
    const payload = decoded?.payload as jwt.JwtPayload;
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(900);
  });

  it('publishes the public keys, issuer and audience the gateway verifies with', async () => {
    const keys = await harness.services.GetVerificationKeys({});
    expect(keys).toMatchObject({ issuer: 'ecticket-account', audience: 'ecticket-api' });
    const [key] = keys.keys;
    expect(key).toMatchObject({ algorithm: 'ES256' });
    expect(key?.publicKeyPem).toContain('BEGIN PUBLIC KEY');
    const token = await harness.login(merchant.merchantId, merchant.ownerUsername);
    expect(() =>
      jwt.verify(token, key?.publicKeyPem ?? '', { algorithms: ['ES256'], issuer: keys.issuer, audience: keys.audience, clockTimestamp: harness.clock.now().getTime() / 1000 }),
    ).not.toThrow();
  });

  it('keeps the signing key private: a PEM file of mode 0600 in the keys directory', () => {
    const directory = path.join(harness.dataDir, 'account-keys');
    const [file] = readdirSync(directory);
    expect(statSync(path.join(directory, file ?? '')).mode & 0o777).toBe(0o600);
  });

  it('refuses a wrong password and an unknown username alike, with INVALID_CREDENTIALS', async () => {
    const wrongPassword = await refusalOf(harness.login(merchant.merchantId, merchant.ownerUsername, 'not-the-password'));
    const unknownUser = await refusalOf(harness.login(merchant.merchantId, 'nobody-here', PASSWORD));
    const unknownMerchant = await refusalOf(harness.login('no-such-merchant', merchant.ownerUsername, PASSWORD));
    for (const refusal of [wrongPassword, unknownUser, unknownMerchant]) {
      expect(refusal).toMatchObject({ category: 'unauthenticated', code: 'INVALID_CREDENTIALS' });
    }
  });

  it('stores passwords as scrypt hashes with their parameters, never in clear', async () => {
    const owner = await harness.service.store.collection(accounts).findOne({ merchantId: merchant.merchantId, role: 'owner' });
    expect(owner?.passwordHash).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$/);
    expect(JSON.stringify(owner)).not.toContain(PASSWORD);
  });

  it('refuses a call without a token with AUTHENTICATION_REQUIRED', async () => {
    expect(await refusalOf(harness.call('GetMerchant', { merchantId: merchant.merchantId }))).toMatchObject({
      category: 'unauthenticated',
      code: 'AUTHENTICATION_REQUIRED',
    });
  });
});

describe('login rate limiting', () => {
  it('refuses an account after 5 failures for 15 minutes, with the seconds to wait, even with the right password', async () => {
    const target = await newMerchant(harness);
    const username = target.ownerUsername;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await refusalOf(harness.login(target.merchantId, username, 'wrong-password'))).code).toBe('INVALID_CREDENTIALS');
    }

    const limited = await refusalOf(harness.login(target.merchantId, username));
    expect(limited).toMatchObject({ category: 'rate_limited', code: 'LOGIN_RATE_LIMITED' });
    expect(limited.details.retryAfterSeconds).toBe(900);

    harness.clock.advance(15 * 60 * 1000 + 1000);
    await expect(harness.login(target.merchantId, username)).resolves.toEqual(expect.any(String));
  });

  it('a success clears the failures counted against the account', async () => {
    const target = await newMerchant(harness);
    const username = target.ownerUsername;
    for (let attempt = 0; attempt < 4; attempt += 1) await refusalOf(harness.login(target.merchantId, username, 'wrong-password'));
    await harness.login(target.merchantId, username);
    for (let attempt = 0; attempt < 4; attempt += 1) await refusalOf(harness.login(target.merchantId, username, 'wrong-password'));
    await expect(harness.login(target.merchantId, username)).resolves.toEqual(expect.any(String));
  });

  it('refuses a client address after 30 attempts in 15 minutes, whatever the usernames; other addresses go on', async () => {
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await refusalOf(harness.login(merchant.merchantId, `guess${attempt}`, 'wrong-password', '203.0.113.9'));
    }
    expect(await refusalOf(harness.login(merchant.merchantId, merchant.ownerUsername, PASSWORD, '203.0.113.9'))).toMatchObject({ code: 'LOGIN_RATE_LIMITED' });
    await expect(harness.login(merchant.merchantId, merchant.ownerUsername, PASSWORD, '198.51.100.7')).resolves.toEqual(expect.any(String));
    harness.clock.advance(15 * 60 * 1000 + 1000);
    await expect(harness.login(merchant.merchantId, merchant.ownerUsername, PASSWORD, '203.0.113.9')).resolves.toEqual(expect.any(String));
  });
});

describe('T10: tokens that are not ours, not for us, or not valid any more', () => {
  async function validToken(): Promise<string> {
    return harness.login(merchant.merchantId, merchant.ownerUsername);
  }

  function signedWithOurKey(payload: object, options: jwt.SignOptions = {}): string {
    const { kid, pem } = signingKeyFile();
    const now = Math.floor(harness.clock.now().getTime() / 1000);
    const owner = jwt.decode(ownerTokenCache) as jwt.JwtPayload;
    return jwt.sign(
      { iat: now, role: owner.role, mid: owner.mid, cv: owner.cv, ...payload },
      pem,
      { algorithm: 'ES256', keyid: kid, header: { alg: 'ES256', typ: 'at+jwt' }, issuer: 'ecticket-account', audience: 'ecticket-api', subject: owner.sub, expiresIn: 900, ...options },
    );
  }

  let ownerTokenCache = '';
  beforeAll(async () => {
    ownerTokenCache = await validToken();
  });

  async function expectRefused(token: string, code = 'INVALID_TOKEN'): Promise<void> {
    expect(await refusalOf(harness.services.CheckPrincipal({ accessToken: token, requiredPermission: '', mutating: false }))).toMatchObject({
      category: 'unauthenticated',
      code,
    });
    expect(await refusalOf(harness.call('GetMerchant', { merchantId: '' }, token))).toMatchObject({ category: 'unauthenticated', code });
  }

  it('accepts the real thing', async () => {
    await expect(harness.services.CheckPrincipal({ accessToken: await validToken(), requiredPermission: '', mutating: false })).resolves.toMatchObject({
      role: 'ROLE_OWNER',
    });
  });

  it('refuses alg "none"', async () => {
    const [header, payload] = ownerTokenCache.split('.');
    const unsigned = `${base64url({ ...JSON.parse(Buffer.from(header ?? '', 'base64url').toString()), alg: 'none' })}.${payload}.`;
    await expectRefused(unsigned);
  });

  it('refuses HS256 signed with the public key (algorithm confusion)', async () => {
    const publicKeyPem = (await harness.services.GetVerificationKeys({})).keys[0]?.publicKeyPem ?? '';
    const [header, payload] = ownerTokenCache.split('.');
    const forgedHeader = base64url({ ...JSON.parse(Buffer.from(header ?? '', 'base64url').toString()), alg: 'HS256' });
    const signature = createHmac('sha256', publicKeyPem).update(`${forgedHeader}.${payload}`).digest('base64url');
    await expectRefused(`${forgedHeader}.${payload}.${signature}`);
  });

  it('refuses a wrong issuer and a wrong audience', async () => {
    await expectRefused(signedWithOurKey({}, { issuer: 'someone-else' }));
    await expectRefused(signedWithOurKey({}, { audience: 'another-api' }));
  });

  it('refuses an unknown kid, and a kid that tries a path', async () => {
    await expectRefused(signedWithOurKey({}, { keyid: 'unknown-kid' }));
    await expectRefused(signedWithOurKey({}, { keyid: '../account-keys/x' }));
  });

  it('refuses a token without the access-token type', async () => {
    await expectRefused(signedWithOurKey({}, { header: { alg: 'ES256' } }));
  });

  it('refuses a tampered payload', async () => {
    const [header, payload, signature] = ownerTokenCache.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    await expectRefused(`${header}.${base64url({ ...claims, role: 'operator' })}.${signature}`);
  });

  it('refuses an expired token (TOKEN_EXPIRED)', async () => {
    const token = await validToken();
    harness.clock.advance(901 * 1000 + 5000);
    await expectRefused(token, 'TOKEN_EXPIRED');
  });
});

describe('the operator account and the keys across restarts', () => {
  it('the operator account exists from the first start and is not created twice', async () => {
    const operatorToken = await harness.operatorToken();
    const { kid } = signingKeyFile();
    await harness.stopService();
    await harness.start();
    expect(await harness.service.store.collection(accounts).count({ role: 'operator' })).toBe(1);
    await expect(harness.login('', 'operator', OPERATOR_PASSWORD)).resolves.toEqual(expect.any(String));
    // The same key still signs and verifies: tokens from before the restart stay valid.
    expect(signingKeyFile().kid).toBe(kid);
    await expect(harness.call('ListMerchants', { page: { limit: 1 } }, operatorToken)).resolves.toBeDefined();
  });

  it('upgrades a password hash made with older parameters at the next login', async () => {
    await harness.stopService();
    await harness.start({ PASSWORD_HASH_LOG2_COST: '11' });
    await harness.login(merchant.merchantId, merchant.ownerUsername);
    const owner = await harness.service.store.collection(accounts).findOne({ merchantId: merchant.merchantId, role: 'owner' });
    expect(owner?.passwordHash).toMatch(/^\$scrypt\$ln=11,r=8,p=1\$/);
    await expect(harness.login(merchant.merchantId, merchant.ownerUsername)).resolves.toEqual(expect.any(String));
  });
});

describe('a generated operator password', () => {
  const fresh = new AccountHarness();
  afterAll(() => fresh.stop());

  it('is written to <DATA_DIR>/operator-password.txt (mode 0600) on the first start, and kept on the next', async () => {
    await fresh.start({ OPERATOR_PASSWORD: '', OPERATOR_USERNAME: 'platform-admin' });
    const file = path.join(fresh.dataDir, 'operator-password.txt');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const password = readFileSync(file, 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    await expect(fresh.login('', 'platform-admin', password)).resolves.toEqual(expect.any(String));

    await fresh.stopService();
    await fresh.start({ OPERATOR_PASSWORD: '', OPERATOR_USERNAME: 'platform-admin' });
    expect(readFileSync(file, 'utf8').trim()).toBe(password);
    await expect(fresh.login('', 'platform-admin', password)).resolves.toEqual(expect.any(String));
  });
});
