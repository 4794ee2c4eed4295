import { randomUUID } from 'node:crypto';
import { GatewayUnderTest } from './support/gateway-harness';
import { maxLoginFailures, operatorPassword, startRealAccountService, type RunningAccountService } from './support/real-account-service';

const contract = { payoutDays: 7, guaranteeDays: 365, giftVouchersEnabled: true, smsServiceEnabled: true };
const password = 'a-long-enough-password';

/** Gateway and account service as they run together: real tokens, real effects, real refusals. */
describe('the gateway in front of the account service', () => {
  let account: RunningAccountService;
  let gateway: GatewayUnderTest;
  let operator: string;

  async function login(merchantId: string | undefined, username: string, secret = password): Promise<string> {
    const answer = await gateway.request('post', '/v1/sessions', { body: { ...(merchantId ? { merchantId } : {}), username, password: secret } });
    expect(answer.status).toBe(200);
    return String(answer.body.accessToken);
  }

  async function onboardMerchant(name: string): Promise<{ merchantId: string; owner: string }> {
    const ownerUsername = `owner-${randomUUID().slice(0, 8)}`;
    const created = await gateway.request('post', '/v1/operator/merchants', {
      token: operator,
      body: { name, contract, ownerUsername, ownerPassword: password },
    });
    expect(created.status).toBe(201);
    const merchantId = String(created.body.id);
    return { merchantId, owner: await login(merchantId, ownerUsername) };
  }

  async function createSubAccount(owner: string, permissions: string[], branchId?: string) {
    const username = `clerk-${randomUUID().slice(0, 8)}`;
    const created = await gateway.request('post', '/v1/sub-accounts', {
      token: owner,
      body: { username, displayName: 'Clerk', password, permissions, ...(branchId ? { branchId } : {}) },
    });
    expect(created.status).toBe(201);
    return { id: String(created.body.id), username };
  }

  beforeAll(async () => {
    account = await startRealAccountService();
    gateway = await GatewayUnderTest.start(() => account.address);
    operator = await login(undefined, 'operator', operatorPassword);
  });
  afterAll(async () => {
    await gateway?.stop();
    await account?.stop();
  });

  it('onboards a merchant once per Idempotency-Key (T3)', async () => {
    const key = randomUUID();
    const body = { name: `Once ${key}`, contract, ownerUsername: `owner-${key.slice(0, 8)}`, ownerPassword: password };
    const first = await gateway.request('post', '/v1/operator/merchants', { token: operator, body, headers: { 'idempotency-key': key } });
    const replay = await gateway.request('post', '/v1/operator/merchants', { token: operator, body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(replay).toMatchObject({ status: 201, body: first.body });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');

    const merchants = await gateway.request('get', '/v1/operator/merchants?limit=200', { token: operator });
    const named = (merchants.body.items as { name: string }[]).filter((merchant) => merchant.name === body.name);
    expect(named).toHaveLength(1);
  });

  it("acts on the caller's own merchant, from the token", async () => {
    const { merchantId, owner } = await onboardMerchant('Own merchant');
    expect(await gateway.request('get', '/v1/me', { token: owner })).toMatchObject({ status: 200, body: { merchantId, role: 'owner' } });
    expect(await gateway.request('get', '/v1/merchant', { token: owner })).toMatchObject({ status: 200, body: { id: merchantId, contract } });
    expect((await gateway.request('get', '/v1/operator/merchants', { token: owner })).status).toBe(403);
  });

  it("refuses another merchant's branch (T9)", async () => {
    const a = await onboardMerchant('Merchant A');
    const b = await onboardMerchant('Merchant B');
    const branch = await gateway.request('post', '/v1/branches', { token: a.owner, body: { name: 'North', code: 'N1' } });
    expect(branch.status).toBe(201);
    const path = `/v1/branches/${String(branch.body.id)}`;
    expect((await gateway.request('get', path, { token: a.owner })).status).toBe(200);
    expect(await gateway.request('get', path, { token: b.owner })).toMatchObject({ status: 404, body: { code: 'BRANCH_NOT_FOUND' } });
    expect((await gateway.request('post', `${path}/disable`, { token: b.owner })).status).toBe(404);
  });

  it('refuses a deleted sub-account and a changed password on the very next request (R14, T10)', async () => {
    const { merchantId, owner } = await onboardMerchant('Staff changes');
    const deleted = await createSubAccount(owner, ['redeem']);
    const changed = await createSubAccount(owner, ['redeem']);
    const deletedToken = await login(merchantId, deleted.username);
    const changedToken = await login(merchantId, changed.username);
    expect((await gateway.request('get', '/v1/me', { token: deletedToken })).status).toBe(200);
    expect((await gateway.request('get', '/v1/me', { token: changedToken })).status).toBe(200);

    expect((await gateway.request('delete', `/v1/sub-accounts/${deleted.id}`, { token: owner })).status).toBe(200);
    const newPassword = { newPassword: 'another-long-password' };
    expect((await gateway.request('put', `/v1/sub-accounts/${changed.id}/password`, { token: owner, body: newPassword })).status).toBe(200);

    expect(await gateway.request('get', '/v1/me', { token: deletedToken })).toMatchObject({ status: 401, body: { code: 'SESSION_REVOKED' } });
    expect(await gateway.request('get', '/v1/me', { token: changedToken })).toMatchObject({ status: 401, body: { code: 'SESSION_REVOKED' } });
  });

  it("takes the account service's 10–128 characters for every new password, and documents it", async () => {
    const { merchantId, owner } = await onboardMerchant('Password bounds');
    const clerk = await createSubAccount(owner, ['redeem']);
    const setPassword = (newPassword: string) => gateway.request('put', `/v1/sub-accounts/${clerk.id}/password`, { token: owner, body: { newPassword } });
    const longest = '\u{1F511}'.repeat(128); // 128 characters, 256 UTF-16 units
    expect((await setPassword(longest)).status).toBe(200);
    expect(await login(merchantId, clerk.username, longest)).toMatch(/\./);
    for (const refused of ['a'.repeat(129), 'a'.repeat(200), '\u{1F511}'.repeat(129), 'a'.repeat(9)]) {
      expect(await setPassword(refused)).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    }
    const tooLongOwner = { name: 'Too long', contract, ownerUsername: `owner-${randomUUID().slice(0, 8)}`, ownerPassword: 'a'.repeat(200) };
    expect(await gateway.request('post', '/v1/operator/merchants', { token: operator, body: tooLongOwner })).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });

    type Body = { requestBody: { content: { 'application/json': { schema: { properties: Record<string, { minLength?: number; maxLength?: number; description?: string }> } } } } };
    const document = (await gateway.request('get', '/openapi.json')).body as unknown as { paths: Record<string, Record<string, Body>> };
    const property = (path: string, method: string, name: string) => document.paths[path]![method]!.requestBody.content['application/json'].schema.properties[name];
    for (const [path, method, name] of [
      ['/v1/operator/merchants', 'post', 'ownerPassword'],
      ['/v1/sub-accounts', 'post', 'password'],
      ['/v1/sub-accounts/{subAccountId}/password', 'put', 'newPassword'],
    ] as const) {
      expect({ path, ...property(path, method, name) }).toMatchObject({ path, minLength: 10, maxLength: 128, description: expect.stringContaining('10 to 128 characters') });
    }
    expect(property('/v1/sessions', 'post', 'password')).toMatchObject({ minLength: 1 });
  });

  it('lets a sub-account of a disabled branch read but not change anything, from its next request on (R23)', async () => {
    const { merchantId, owner } = await onboardMerchant('Disabled branch');
    const branch = await gateway.request('post', '/v1/branches', { token: owner, body: { name: 'South', code: 'S1' } });
    const branchId = String(branch.body.id);
    const clerk = await createSubAccount(owner, ['accounts', 'redeem'], branchId);
    const clerkToken = await login(merchantId, clerk.username);
    const newAccount = () =>
      gateway.request('post', '/v1/sub-accounts', {
        token: clerkToken,
        body: { username: `new-${randomUUID().slice(0, 8)}`, displayName: 'New', password, permissions: ['redeem'], branchId },
      });
    expect((await newAccount()).status).toBe(201);

    expect((await gateway.request('post', `/v1/branches/${branchId}/disable`, { token: owner })).status).toBe(200);
    expect(await newAccount()).toMatchObject({ status: 403, body: { code: 'BRANCH_DISABLED' } });
    expect((await gateway.request('get', `/v1/branches/${branchId}`, { token: clerkToken })).status).toBe(200);
  });

  it('answers a rate-limited login with 429 and Retry-After', async () => {
    const { merchantId } = await onboardMerchant('Rate limited');
    const attempt = () => gateway.request('post', '/v1/sessions', { body: { merchantId, username: 'nobody-here', password: 'wrong password' } });
    for (let failure = 0; failure < maxLoginFailures; failure += 1) expect((await attempt()).body.code).toBe('INVALID_CREDENTIALS');
    const limited = await attempt();
    expect(limited).toMatchObject({ status: 429, body: { code: 'LOGIN_RATE_LIMITED' } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it("refuses a real token whose payload was altered, before the account service sees it", async () => {
    const { owner } = await onboardMerchant('Tampered');
    const [header, payload, signature] = owner.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'operator' })).toString('base64url')}.${signature}`;
    expect(await gateway.request('get', '/v1/operator/merchants', { token: tampered })).toMatchObject({ status: 401, body: { code: 'INVALID_TOKEN' } });
  });
});
