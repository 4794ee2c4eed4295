import { AccountHarness, PASSWORD, newBranch, newMerchant, newSubAccount, refusalOf, type TestMerchant } from '../support/harness';

const harness = new AccountHarness();
let merchant: TestMerchant;

beforeAll(async () => {
  await harness.start();
  merchant = await newMerchant(harness);
});
afterAll(() => harness.stop());

const check = (token: string, requiredPermission = '', mutating = false) =>
  harness.services.CheckPrincipal({ accessToken: token, requiredPermission, mutating });

describe('sub-accounts', () => {
  it('R12: the owner creates a sub-account with a name and a password, and it can log in', async () => {
    const created = await harness.call(
      'CreateSubAccount',
      { merchantId: '', username: 'cashier', displayName: 'Cashier Chen', password: PASSWORD, permissions: ['redeem', 'issue'], branchId: '' },
      merchant.ownerToken,
    );
    expect(created).toMatchObject({ merchantId: merchant.merchantId, username: 'cashier', displayName: 'Cashier Chen', deleted: false, branch: null });
    const principal = await check(await harness.login(merchant.merchantId, 'cashier'));
    expect(principal).toMatchObject({ accountId: created.id, role: 'ROLE_SUB_ACCOUNT', name: 'Cashier Chen', headOffice: true });
  });

  it('R12: usernames are unique per merchant, not across merchants', async () => {
    await newSubAccount(harness, merchant, ['redeem']).then(async (clerk) => {
      const again = harness.call(
        'CreateSubAccount',
        { merchantId: '', username: clerk.username, displayName: 'Other', password: PASSWORD, permissions: [], branchId: '' },
        merchant.ownerToken,
      );
      expect(await refusalOf(again)).toMatchObject({ category: 'conflict', code: 'USERNAME_TAKEN' });
      const other = await newMerchant(harness);
      await expect(
        harness.call('CreateSubAccount', { merchantId: '', username: clerk.username, displayName: 'Other', password: PASSWORD, permissions: [], branchId: '' }, other.ownerToken),
      ).resolves.toMatchObject({ username: clerk.username });
    });
  });

  it('R12: a password must be 10–128 characters', async () => {
    const short = harness.call(
      'CreateSubAccount',
      { merchantId: '', username: 'shorty', displayName: 'Shorty', password: 'short', permissions: [], branchId: '' },
      merchant.ownerToken,
    );
    expect(await refusalOf(short)).toMatchObject({ category: 'invalid_argument', code: 'WEAK_PASSWORD' });
  });

  it('R13: CheckPrincipal answers per permission node; an unknown node is INVALID_ARGUMENT', async () => {
    const clerk = await newSubAccount(harness, merchant, ['redeem']);
    const token = await clerk.token();
    await expect(check(token, 'redeem', true)).resolves.toMatchObject({ permissions: ['redeem'] });
    expect(await refusalOf(check(token, 'issue', true))).toMatchObject({ category: 'permission_denied', code: 'PERMISSION_REQUIRED' });
    expect(await refusalOf(check(token, 'fly', false))).toMatchObject({ category: 'invalid_argument', code: 'UNKNOWN_PERMISSION' });
    await expect(check(merchant.ownerToken, 'issue', true)).resolves.toMatchObject({ role: 'ROLE_OWNER' });
  });

  it('R13: creating a sub-account with an unknown node is refused', async () => {
    const call = harness.call(
      'CreateSubAccount',
      { merchantId: '', username: 'badnode', displayName: 'Bad', password: PASSWORD, permissions: ['root'], branchId: '' },
      merchant.ownerToken,
    );
    expect(await refusalOf(call)).toMatchObject({ code: 'UNKNOWN_PERMISSION' });
  });

  it('R13/R14: edited permissions apply on the very next check, without logging in again', async () => {
    const clerk = await newSubAccount(harness, merchant, ['redeem']);
    const token = await clerk.token();
    await harness.call('UpdateSubAccountPermissions', { merchantId: '', subAccountId: clerk.id, permissions: ['issue'] }, merchant.ownerToken);
    await expect(check(token, 'issue', true)).resolves.toMatchObject({ permissions: ['issue'] });
    expect((await refusalOf(check(token, 'redeem', true))).code).toBe('PERMISSION_REQUIRED');
  });

  it('R14: a changed password ends the sessions: the old token is refused on the next request, the new password works', async () => {
    const clerk = await newSubAccount(harness, merchant, ['redeem']);
    const token = await clerk.token();
    await harness.call('ChangeSubAccountPassword', { merchantId: '', subAccountId: clerk.id, newPassword: 'a-brand-new-password' }, merchant.ownerToken);
    expect(await refusalOf(check(token))).toMatchObject({ category: 'unauthenticated', code: 'SESSION_REVOKED' });
    expect((await refusalOf(harness.login(merchant.merchantId, clerk.username))).code).toBe('INVALID_CREDENTIALS');
    await expect(harness.login(merchant.merchantId, clerk.username, 'a-brand-new-password')).resolves.toEqual(expect.any(String));
  });

  it('R14: a deleted sub-account is refused on its next request and cannot log in; it stays in the deleted list with its name', async () => {
    const clerk = await newSubAccount(harness, merchant, ['redeem']);
    const token = await clerk.token();
    const deleted = await harness.call('DeleteSubAccount', { merchantId: '', subAccountId: clerk.id }, merchant.ownerToken);
    expect(deleted).toMatchObject({ deleted: true, deletedAt: harness.clock.now().toISOString() });

    expect(await refusalOf(check(token))).toMatchObject({ code: 'SESSION_REVOKED' });
    expect(await refusalOf(harness.call('GetMerchant', { merchantId: '' }, token))).toMatchObject({ code: 'SESSION_REVOKED' });
    expect((await refusalOf(harness.login(merchant.merchantId, clerk.username))).code).toBe('INVALID_CREDENTIALS');

    const active = await harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: '' }, merchant.ownerToken);
    const removed = await harness.call('ListSubAccounts', { merchantId: '', deleted: true, branchId: '' }, merchant.ownerToken);
    expect(active.subAccounts.map((account) => account.id)).not.toContain(clerk.id);
    expect(removed.subAccounts.find((account) => account.id === clerk.id)).toMatchObject({ username: clerk.username, displayName: expect.stringMatching(/^Clerk/) });
    expect(await refusalOf(harness.call('DeleteSubAccount', { merchantId: '', subAccountId: clerk.id }, merchant.ownerToken))).toMatchObject({
      code: 'SUB_ACCOUNT_DELETED',
    });
  });

  it('R13: a managing sub-account (accounts) cannot grant nodes it lacks, manage stronger accounts, or change itself', async () => {
    const manager = await newSubAccount(harness, merchant, ['accounts', 'redeem']);
    const token = await manager.token();
    const grantIssue = harness.call(
      'CreateSubAccount',
      { merchantId: '', username: 'escalate', displayName: 'E', password: PASSWORD, permissions: ['issue'], branchId: '' },
      token,
    );
    expect(await refusalOf(grantIssue)).toMatchObject({ category: 'permission_denied', code: 'EXCEEDS_OWN_PERMISSIONS' });
    await expect(
      harness.call('CreateSubAccount', { merchantId: '', username: 'helper', displayName: 'H', password: PASSWORD, permissions: ['redeem'], branchId: '' }, token),
    ).resolves.toMatchObject({ permissions: ['redeem'] });

    const stronger = await newSubAccount(harness, merchant, ['settings']);
    expect((await refusalOf(harness.call('ChangeSubAccountPassword', { merchantId: '', subAccountId: stronger.id, newPassword: 'taken-over-now' }, token))).code).toBe(
      'EXCEEDS_OWN_PERMISSIONS',
    );
    expect((await refusalOf(harness.call('UpdateSubAccountPermissions', { merchantId: '', subAccountId: manager.id, permissions: ['accounts'] }, token))).code).toBe(
      'SELF_MANAGEMENT',
    );
    expect((await refusalOf(harness.call('DeleteSubAccount', { merchantId: '', subAccountId: manager.id }, token))).code).toBe('SELF_MANAGEMENT');
  });

  it('R13: without the accounts node a sub-account cannot see or manage sub-accounts', async () => {
    const clerk = await newSubAccount(harness, merchant, ['redeem']);
    const token = await clerk.token();
    expect(await refusalOf(harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: '' }, token))).toMatchObject({
      code: 'PERMISSION_REQUIRED',
      details: { permission: 'accounts' },
    });
  });

  it('R20: a sub-account is bound to one branch, moved, and unbound (head office); its sessions end each time', async () => {
    const first = await newBranch(harness, merchant);
    const second = await newBranch(harness, merchant);
    const clerk = await newSubAccount(harness, merchant, ['redeem']);
    const token = await clerk.token();

    const bound = await harness.call('BindSubAccountToBranch', { merchantId: '', subAccountId: clerk.id, branchId: first }, merchant.ownerToken);
    expect(bound.branch).toMatchObject({ id: first, status: 'BRANCH_STATUS_ENABLED' });
    expect((await refusalOf(check(token))).code).toBe('SESSION_REVOKED');
    await expect(check(await clerk.token())).resolves.toMatchObject({ headOffice: false, branch: { id: first } });

    const moved = await harness.call('BindSubAccountToBranch', { merchantId: '', subAccountId: clerk.id, branchId: second }, merchant.ownerToken);
    expect(moved.branch?.id).toBe(second);
    const unbound = await harness.call('BindSubAccountToBranch', { merchantId: '', subAccountId: clerk.id, branchId: '' }, merchant.ownerToken);
    expect(unbound.branch).toBeNull();
    await expect(check(await clerk.token())).resolves.toMatchObject({ headOffice: true, branch: null });
  });

  it('R24: each sub-account shows its branch, and a branch lists its sub-accounts', async () => {
    const branchId = await newBranch(harness, merchant);
    const inBranch = await newSubAccount(harness, merchant, ['redeem'], branchId);
    const headOffice = await newSubAccount(harness, merchant, ['redeem']);

    const got = await harness.call('GetSubAccount', { merchantId: '', subAccountId: inBranch.id }, merchant.ownerToken);
    expect(got.branch).toMatchObject({ id: branchId, code: expect.any(String), name: expect.any(String) });

    const ofBranch = await harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId }, merchant.ownerToken);
    expect(ofBranch.subAccounts.map((account) => account.id)).toEqual([inBranch.id]);
    const branch = await harness.call('GetBranch', { merchantId: '', branchId }, merchant.ownerToken);
    expect(branch.subAccounts.map((account) => account.id)).toEqual([inBranch.id]);
    expect(branch.subAccounts.map((account) => account.id)).not.toContain(headOffice.id);
  });

  it('pages through sub-accounts with a limit of 1..200 and an opaque cursor', async () => {
    const paged = await newMerchant(harness);
    for (let index = 0; index < 5; index += 1) await newSubAccount(harness, paged, ['redeem']);
    const first = await harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: '', page: { limit: 2 } }, paged.ownerToken);
    const second = await harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: '', page: { limit: 2, cursor: first.nextCursor } }, paged.ownerToken);
    const third = await harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: '', page: { limit: 2, cursor: second.nextCursor } }, paged.ownerToken);
    const ids = [...first.subAccounts, ...second.subAccounts, ...third.subAccounts].map((account) => account.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBe('');
    expect((await refusalOf(harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: '', page: { limit: 500 } }, paged.ownerToken))).code).toBe(
      'INVALID_PAGE_LIMIT',
    );
  });
});
