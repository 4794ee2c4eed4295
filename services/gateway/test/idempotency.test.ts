import { createHash, createHmac, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { conflict, unavailable } from '@ecticket/platform';
import { eventually, GatewayHarness } from './support/gateway-harness';

describe('Idempotency-Key on POST (T3)', () => {
  let harness: GatewayHarness;
  let token: string;

  beforeEach(async () => {
    harness = await GatewayHarness.start();
    token = harness.account.token();
  });
  afterEach(() => harness.stop());

  const createBranch = (key: string | undefined, body: unknown = { name: 'North', code: 'N1' }, as = token) =>
    harness.request('post', '/v1/branches', { token: as, body, headers: key === undefined ? {} : { 'idempotency-key': key } });
  const effects = () => harness.account.callsOf('CreateBranch').length;

  it('replays the first answer for the same key and body, without a second effect', async () => {
    const key = randomUUID();
    const first = await createBranch(key);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();

    const replay = await createBranch(key, { code: 'N1', name: 'North' });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(effects()).toBe(1);
  });

  it('refuses the same key with a different body, and the same key on another route', async () => {
    const key = randomUUID();
    await createBranch(key);
    expect(await createBranch(key, { name: 'South', code: 'S1' })).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    const elsewhere = await harness.request('post', '/v1/branches/br-1/disable', { token, headers: { 'idempotency-key': key } });
    expect(elsewhere).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(effects()).toBe(1);
  });

  it('runs ten concurrent duplicates once: the others replay or are told it is in progress', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => createBranch(key)));
    expect(effects()).toBe(1);
    const created = answers.filter((answer) => answer.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((answer) => answer.body.id)).size).toBe(1);
    for (const answer of answers.filter((candidate) => candidate.status !== 201)) {
      expect(answer).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_IN_PROGRESS' } });
    }
  });

  it('answers 409 while the first request is still running, then replays once it finished', async () => {
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    harness.account.override('CreateBranch', async (request) => {
      await blocked;
      return { id: 'br-slow', merchantId: request.merchantId, name: 'North', code: 'N1', status: 'BRANCH_STATUS_ENABLED', createdAt: new Date().toISOString() };
    });
    const key = randomUUID();
    const first = createBranch(key);
    await eventually('the first request reached the account service', () => effects() === 1);

    expect(await createBranch(key)).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_IN_PROGRESS' } });
    release();
    expect((await first).status).toBe(201);
    expect(await createBranch(key)).toMatchObject({ status: 201, body: { id: 'br-slow' } });
    expect(effects()).toBe(1);
  });

  it('replays a business refusal too', async () => {
    harness.account.override('CreateBranch', async () => {
      throw conflict('BRANCH_CODE_TAKEN', 'Another branch has this code.');
    });
    const key = randomUUID();
    expect(await createBranch(key)).toMatchObject({ status: 409, body: { code: 'BRANCH_CODE_TAKEN' } });
    harness.account.clearOverrides();
    const replay = await createBranch(key);
    expect(replay).toMatchObject({ status: 409, body: { code: 'BRANCH_CODE_TAKEN' } });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(effects()).toBe(1);
  });

  it('releases the key when the request failed in a way a retry may fix (5xx)', async () => {
    harness.account.override('CreateBranch', async () => {
      throw unavailable('STORE_BUSY', 'The store is busy; try again.');
    });
    const key = randomUUID();
    expect((await createBranch(key)).status).toBe(503);
    harness.account.clearOverrides();
    const retried = await createBranch(key);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });

  it('keeps keys apart per caller: the same key from another account is its own request', async () => {
    const key = randomUUID();
    await createBranch(key);
    const other = harness.account.token({ sub: 'acc-owner-b', mid: 'mer-b' });
    const theirs = await createBranch(key, { name: 'North', code: 'N1' }, other);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(effects()).toBe(2);
  });

  it('forgets a key after 24 hours', async () => {
    const key = randomUUID();
    await createBranch(key);
    harness.clock.advance(24 * 60 * 60 * 1000 + 1);
    const freshToken = harness.account.token({ iat: Math.floor(harness.clock.now().getTime() / 1000) });
    const later = await createBranch(key, { name: 'North', code: 'N1' }, freshToken);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(effects()).toBe(2);
  });

  it('purges expired keys from its store in the background', async () => {
    await createBranch(randomUUID());
    expect(await harness.idempotencyRecords()).toHaveLength(1);
    harness.clock.advance(25 * 60 * 60 * 1000);
    await eventually('the expired record is purged', async () => (await harness.idempotencyRecords()).length === 0);
  });

  it('runs every request without a key', async () => {
    await createBranch(undefined);
    await createBranch(undefined);
    expect(effects()).toBe(2);
  });

  it.each([
    ['empty', ''],
    ['too long', 'k'.repeat(256)],
    ['not printable ASCII', 'clé'],
  ])('refuses a key that is %s', async (_case, key) => {
    expect(await createBranch(key)).toMatchObject({ status: 400, body: { code: 'INVALID_IDEMPOTENCY_KEY' } });
    expect(effects()).toBe(0);
  });

  it('accepts a key on login but never stores the answer, which carries a token (T12)', async () => {
    const key = randomUUID();
    const login = () =>
      harness.request('post', '/v1/sessions', {
        body: { merchantId: 'mer-a', username: 'owner', password: 'correct horse battery' },
        headers: { 'idempotency-key': key },
      });
    const first = await login();
    const second = await login();
    expect(first.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(harness.account.callsOf('Login')).toHaveLength(2);
    expect(await harness.idempotencyRecords()).toEqual([]);
  });

  it('stores neither the request body nor a password, only its fingerprint (T12)', async () => {
    const password = 'a password nobody should store';
    const answer = await harness.request('post', '/v1/sub-accounts', {
      token,
      body: { username: 'clerk', displayName: 'Clerk', password, permissions: ['redeem'] },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(answer.status).toBe(201);
    const records = await harness.idempotencyRecords();
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records)).not.toContain(password);
    expect(JSON.stringify(records)).not.toContain(token);
  });
});

describe('Idempotency-Key fingerprints are keyed by a secret of the gateway (T12)', () => {
  const branch = { name: 'North', code: 'N1' };
  /** What the fingerprint covers: method, path, and the body with its keys sorted. */
  const fingerprinted = 'POST /v1/branches\n{"code":"N1","name":"North"}';
  const harnesses: GatewayHarness[] = [];
  const started = async (settings: Parameters<typeof GatewayHarness.start>[0] = {}) => {
    const harness = await GatewayHarness.start(settings);
    harnesses.push(harness);
    return harness;
  };
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((harness) => harness.stop()));
  });

  const createBranch = (harness: GatewayHarness, key: string) =>
    harness.request('post', '/v1/branches', { token: harness.account.token(), body: branch, headers: { 'idempotency-key': key } });
  const fingerprintsOf = async (harness: GatewayHarness) => (await harness.idempotencyRecords()).map((record) => record.fingerprint);
  const secretIn = (directory: string) => Buffer.from(fs.readFileSync(path.join(directory, 'idempotency-fingerprint.secret'), 'utf8'), 'base64');

  it('stores the HMAC-SHA-256 of the request under a secret made on the first start in <DATA_DIR>/gateway-keys (mode 0600), not a plain hash a guess could be checked against', async () => {
    const harness = await started();
    expect((await createBranch(harness, randomUUID())).status).toBe(201);

    const keysDir = path.join(harness.gateway.dataDir, 'gateway-keys');
    expect(fs.statSync(keysDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(keysDir, 'idempotency-fingerprint.secret')).mode & 0o777).toBe(0o600);
    const [fingerprint] = await fingerprintsOf(harness);
    expect(fingerprint).not.toBe(createHash('sha256').update(fingerprinted).digest('hex'));
    expect(fingerprint).toBe(createHmac('sha256', secretIn(keysDir)).update(fingerprinted).digest('hex'));
  });

  it('fingerprints the same request differently in gateways with different secrets', async () => {
    const [one, other] = await Promise.all([started(), started()]);
    const key = randomUUID();
    await Promise.all([createBranch(one, key), createBranch(other, key)]);
    const [[mine], [theirs]] = await Promise.all([fingerprintsOf(one), fingerprintsOf(other)]);
    expect(mine).toMatch(/^[0-9a-f]{64}$/);
    expect(theirs).toMatch(/^[0-9a-f]{64}$/);
    expect(mine).not.toBe(theirs);
  });

  it('keeps its secret across a restart, so a retry after it still replays', async () => {
    const harness = await started();
    const key = randomUUID();
    const first = await createBranch(harness, key);
    await harness.gateway.restart();
    const retry = await createBranch(harness, key);
    expect(retry).toMatchObject({ status: 201, body: first.body });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(harness.account.callsOf('CreateBranch')).toHaveLength(1);
  });

  it('takes its secret from GATEWAY_KEYS_DIR when set', async () => {
    const keysDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ecticket-gateway-keys-')), 'keys');
    try {
      const harness = await started({ GATEWAY_KEYS_DIR: keysDir });
      await createBranch(harness, randomUUID());
      const [fingerprint] = await fingerprintsOf(harness);
      expect(fingerprint).toBe(createHmac('sha256', secretIn(keysDir)).update(fingerprinted).digest('hex'));
      expect(fs.existsSync(path.join(harness.gateway.dataDir, 'gateway-keys'))).toBe(false);
    } finally {
      fs.rmSync(path.dirname(keysDir), { recursive: true, force: true });
    }
  });
});
