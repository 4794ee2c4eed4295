import { outboxCollection, type EventEnvelope, type OutboxEntry } from '@ecticket/platform';
import { accountCollections } from '../../src/infrastructure/collections';
import { AccountHarness, OPERATOR_PASSWORD, PASSWORD, newBranch, newMerchant, newSubAccount, refusalOf, type TestMerchant } from '../support/harness';

const harness = new AccountHarness();
let merchant: TestMerchant;
const received: EventEnvelope[] = [];
const issuedTokens: string[] = [];

beforeAll(async () => {
  await harness.start();
  await harness.eventBus.subscribe('audit-test', ['#'], async (envelope) => {
    received.push(envelope);
  });
  merchant = await newMerchant(harness);
  issuedTokens.push(merchant.ownerToken);
});
afterAll(() => harness.stop());

async function outbox(): Promise<OutboxEntry[]> {
  return harness.service.store.collection(outboxCollection).find({});
}

async function eventually<T>(probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the audit log', () => {
  it('records who (account, name, branch name and code), what, when, and before/after of every change', async () => {
    const branchId = await newBranch(harness, merchant);
    const manager = await newSubAccount(harness, merchant, ['accounts', 'redeem'], branchId);
    const token = await manager.token();
    issuedTokens.push(token);
    const clerk = await harness.call(
      'CreateSubAccount',
      { merchantId: '', username: 'audited', displayName: 'Audited Clerk', password: PASSWORD, permissions: ['redeem'], branchId: '' },
      token,
    );
    harness.clock.advance(1000);
    await harness.call('UpdateSubAccountPermissions', { merchantId: '', subAccountId: clerk.id, permissions: [] }, token);

    const { entries } = await harness.call('ListAuditLog', { merchantId: '', page: { limit: 10 } }, merchant.ownerToken);
    const [latest] = entries;
    expect(latest).toMatchObject({
      merchantId: merchant.merchantId,
      actorAccountId: manager.id,
      actorName: expect.stringMatching(/^Clerk/),
      actorBranch: { id: branchId, code: expect.any(String), name: expect.any(String) },
      action: 'sub_account.permissions_changed',
      targetType: 'account',
      targetId: clerk.id,
      at: harness.clock.now().toISOString(),
    });
    expect(JSON.parse(latest?.beforeJson ?? '{}')).toMatchObject({ permissions: ['redeem'] });
    expect(JSON.parse(latest?.afterJson ?? '{}')).toMatchObject({ permissions: [] });
    const created = entries.find((entry) => entry.action === 'sub_account.created' && entry.targetId === clerk.id);
    expect(created).toMatchObject({ beforeJson: '', actorAccountId: manager.id });
    expect(JSON.parse(created?.afterJson ?? '{}')).toMatchObject({ username: 'audited', displayName: 'Audited Clerk', permissions: ['redeem'] });
  });

  it('R21: keeps the operator name of a deleted sub-account in its history (R14)', async () => {
    const clerk = await newSubAccount(harness, merchant, ['redeem', 'accounts']);
    const token = await clerk.token();
    const helper = await harness.call(
      'CreateSubAccount',
      { merchantId: '', username: 'helper-history', displayName: 'Helper', password: PASSWORD, permissions: [], branchId: '' },
      token,
    );
    await harness.call('DeleteSubAccount', { merchantId: '', subAccountId: clerk.id }, merchant.ownerToken);
    const { entries } = await harness.call('ListAuditLog', { merchantId: '', page: { limit: 5 } }, merchant.ownerToken);
    expect(entries.find((entry) => entry.targetId === helper.id)).toMatchObject({ actorAccountId: clerk.id, actorName: expect.stringMatching(/^Clerk/) });
  });

  it('is readable by the owner and sub-accounts with accounts, not by others; operators read any merchant', async () => {
    const reader = await newSubAccount(harness, merchant, ['accounts']);
    const other = await newSubAccount(harness, merchant, ['reports']);
    await expect(harness.call('ListAuditLog', { merchantId: '' }, await reader.token())).resolves.toMatchObject({ entries: expect.any(Array) });
    expect((await refusalOf(harness.call('ListAuditLog', { merchantId: '' }, await other.token()))).code).toBe('PERMISSION_REQUIRED');
    const operatorToken = await harness.operatorToken();
    issuedTokens.push(operatorToken);
    const asOperator = await harness.call('ListAuditLog', { merchantId: merchant.merchantId }, operatorToken);
    expect(asOperator.entries.length).toBeGreaterThan(0);
  });

  it('never holds a password, hash or token in before/after', async () => {
    const clerk = await newSubAccount(harness, merchant, ['redeem']);
    await harness.call('ChangeSubAccountPassword', { merchantId: '', subAccountId: clerk.id, newPassword: 'another-long-password' }, merchant.ownerToken);
    const { entries } = await harness.call('ListAuditLog', { merchantId: '', page: { limit: 200 } }, merchant.ownerToken);
    const changed = entries.find((entry) => entry.action === 'sub_account.password_changed');
    expect(changed).toBeDefined();
    const serialized = JSON.stringify(entries);
    for (const secret of ['another-long-password', PASSWORD, 'scrypt', 'passwordHash', 'orderLookupToken', 'eyJ']) expect(serialized).not.toContain(secret);
  });
});

describe('events', () => {
  it('writes each change to the outbox in the same write, and the relay publishes it', async () => {
    const branchId = await newBranch(harness, merchant);
    await harness.call('DisableBranch', { merchantId: '', branchId }, merchant.ownerToken);
    const clerk = await newSubAccount(harness, merchant, ['redeem']);
    await harness.call('DeleteSubAccount', { merchantId: '', subAccountId: clerk.id }, merchant.ownerToken);

    const entries = await outbox();
    const about = (type: string, key: string, id: string) =>
      entries.find((entry) => entry.envelope.type === type && (entry.envelope.data as Record<string, { id?: string }>)[key]?.id === id);
    const disabled = about('branch.disabled', 'branch', branchId);
    expect(disabled?.envelope).toMatchObject({
      version: 1,
      producer: 'account',
      merchantId: merchant.merchantId,
      data: { branch: { id: branchId, status: 'disabled' }, changedBy: expect.any(String) },
    });
    expect(about('sub_account.deleted', 'account', clerk.id)?.envelope.data).toMatchObject({ account: { id: clerk.id, status: 'deleted' } });

    const published = await eventually(async () => {
      const types = new Set(received.map((envelope) => envelope.type));
      return types.has('branch.disabled') && types.has('sub_account.deleted') ? types : undefined;
    });
    expect([...published]).toEqual(expect.arrayContaining(['merchant.created', 'sub_account.created', 'branch.created']));
    // Written at the first start, before this test's consumer was bound.
    expect(entries.some((entry) => entry.envelope.type === 'account.operator_created' && entry.envelope.merchantId === null)).toBe(true);
  });

  it('a change, its audit entry and its event go together: a refused change leaves neither', async () => {
    const before = (await outbox()).length;
    const auditBefore = (await harness.call('ListAuditLog', { merchantId: '', page: { limit: 200 } }, merchant.ownerToken)).entries.length;
    await refusalOf(
      harness.call('CreateBranch', { merchantId: '', name: 'Dup', code: 'DUP', address: '' }, merchant.ownerToken).then(() =>
        harness.call('CreateBranch', { merchantId: '', name: 'Dup', code: 'DUP', address: '' }, merchant.ownerToken),
      ),
    );
    expect((await outbox()).length).toBe(before + 1);
    const auditAfter = (await harness.call('ListAuditLog', { merchantId: '', page: { limit: 200 } }, merchant.ownerToken)).entries.length;
    expect(auditAfter).toBe(auditBefore + 1);
  });
});

describe('T12: no password, token or key in the store or the events', () => {
  it('scans every document of the account store and every event it published', async () => {
    const plaintext = [PASSWORD, OPERATOR_PASSWORD, 'another-long-password'];
    for (const spec of [...accountCollections, outboxCollection]) {
      const documents = await harness.service.store.collection(spec).find({});
      const text = JSON.stringify(documents);
      for (const secret of [...plaintext, ...issuedTokens]) expect({ collection: spec.name, leaked: text.includes(secret) }).toEqual({ collection: spec.name, leaked: false });
      expect(text).not.toMatch(/PRIVATE KEY|eyJhbGci/);
      if (spec.name !== 'accounts') expect({ collection: spec.name, hash: /scrypt|passwordHash/.test(text) }).toEqual({ collection: spec.name, hash: false });
    }
    const events = JSON.stringify(received);
    for (const secret of [...plaintext, ...issuedTokens, 'scrypt', 'passwordHash', 'PRIVATE KEY']) expect(events).not.toContain(secret);
  });
});
