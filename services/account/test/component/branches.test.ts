import { AccountHarness, newBranch, newMerchant, newSubAccount, refusalOf, type TestMerchant } from '../support/harness';

const harness = new AccountHarness();
let merchant: TestMerchant;

beforeAll(async () => {
  await harness.start();
  merchant = await newMerchant(harness);
});
afterAll(() => harness.stop());

const check = (token: string, requiredPermission = '', mutating = false) =>
  harness.services.CheckPrincipal({ accessToken: token, requiredPermission, mutating });

describe('branches', () => {
  it('R20: the owner creates branches with a code unique per merchant', async () => {
    const branch = await harness.call('CreateBranch', { merchantId: '', name: 'Xinyi', code: 'XY', address: 'Taipei 101' }, merchant.ownerToken);
    expect(branch).toMatchObject({ merchantId: merchant.merchantId, name: 'Xinyi', code: 'XY', status: 'BRANCH_STATUS_ENABLED', address: 'Taipei 101' });
    const duplicate = harness.call('CreateBranch', { merchantId: '', name: 'Other', code: 'XY', address: '' }, merchant.ownerToken);
    expect(await refusalOf(duplicate)).toMatchObject({ category: 'conflict', code: 'BRANCH_CODE_TAKEN' });
    const edited = await harness.call('UpdateBranch', { merchantId: '', branchId: branch.id, name: 'Xinyi A11' }, merchant.ownerToken);
    expect(edited).toMatchObject({ name: 'Xinyi A11', code: 'XY', address: 'Taipei 101' });
  });

  it('R21/R22.1: other services resolve a branch to its name and code for records and reports', async () => {
    const branchId = await newBranch(harness, merchant);
    const resolved = await harness.services.ResolveBranch({ merchantId: merchant.merchantId, branchId });
    expect(resolved).toMatchObject({ id: branchId, name: expect.stringMatching(/^Branch/), code: expect.stringMatching(/^B/) });
    const other = await newMerchant(harness);
    expect(await refusalOf(harness.services.ResolveBranch({ merchantId: other.merchantId, branchId }))).toMatchObject({ code: 'BRANCH_NOT_FOUND' });
  });

  it('R22: CheckPrincipal tells head office from a branch-bound sub-account, with its branch', async () => {
    const branchId = await newBranch(harness, merchant);
    const bound = await newSubAccount(harness, merchant, ['redeem'], branchId);
    const headOffice = await newSubAccount(harness, merchant, ['redeem']);
    await expect(check(await bound.token())).resolves.toMatchObject({ headOffice: false, branch: { id: branchId, status: 'BRANCH_STATUS_ENABLED' } });
    await expect(check(await headOffice.token())).resolves.toMatchObject({ headOffice: true, branch: null });
  });

  it("R22.2: a branch-bound sub-account sees only its own branch and its branch's sub-accounts", async () => {
    const own = await newBranch(harness, merchant);
    const other = await newBranch(harness, merchant);
    const colleague = await newSubAccount(harness, merchant, ['redeem'], own);
    const stranger = await newSubAccount(harness, merchant, ['redeem'], other);
    const manager = await newSubAccount(harness, merchant, ['accounts', 'redeem'], own);
    const token = await manager.token();

    const branches = await harness.call('ListBranches', { merchantId: '' }, token);
    expect(branches.branches.map((branch) => branch.id)).toEqual([own]);
    expect(await refusalOf(harness.call('GetBranch', { merchantId: '', branchId: other }, token))).toMatchObject({ category: 'permission_denied', code: 'OUTSIDE_BRANCH' });
    const listed = await harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: '' }, token);
    expect(listed.subAccounts.map((account) => account.id).sort()).toEqual([colleague.id, manager.id].sort());
    expect((await refusalOf(harness.call('GetSubAccount', { merchantId: '', subAccountId: stranger.id }, token))).code).toBe('OUTSIDE_BRANCH');
    expect((await refusalOf(harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: other }, token))).code).toBe('OUTSIDE_BRANCH');
    expect((await refusalOf(harness.call('DeleteSubAccount', { merchantId: '', subAccountId: stranger.id }, token))).code).toBe('OUTSIDE_BRANCH');
    const created = await harness.call(
      'CreateSubAccount',
      { merchantId: '', username: 'newbie-own', displayName: 'Newbie', password: 'a-long-enough-password', permissions: ['redeem'], branchId: '' },
      token,
    );
    expect(created.branch?.id).toBe(own);
  });

  it('R22.5: a branch-bound sub-account does not see the contract; head office does', async () => {
    const branchId = await newBranch(harness, merchant);
    const bound = await newSubAccount(harness, merchant, ['reports'], branchId);
    const headOffice = await newSubAccount(harness, merchant, ['reports']);
    const asBound = await harness.call('GetMerchant', { merchantId: '' }, await bound.token());
    expect(asBound).toMatchObject({ contractVisible: false, contract: null });
    const asHeadOffice = await harness.call('GetMerchant', { merchantId: '' }, await headOffice.token());
    expect(asHeadOffice).toMatchObject({ contractVisible: true, contract: { payoutDays: 7, guaranteeDays: 365 } });
  });

  it('R23: a sub-account of a disabled branch is refused every change from its next request on, and can still read', async () => {
    const branchId = await newBranch(harness, merchant);
    const clerk = await newSubAccount(harness, merchant, ['issue', 'redeem', 'return', 'notes', 'settings', 'accounts', 'reports'], branchId);
    const token = await clerk.token();
    await expect(check(token, 'redeem', true)).resolves.toBeDefined();

    const disabled = await harness.call('DisableBranch', { merchantId: '', branchId }, merchant.ownerToken);
    expect(disabled.status).toBe('BRANCH_STATUS_DISABLED');

    for (const permission of ['issue', 'redeem', 'return', 'notes']) {
      expect(await refusalOf(check(token, permission, true))).toMatchObject({ category: 'permission_denied', code: 'BRANCH_DISABLED' });
    }
    await expect(check(token, 'reports', false)).resolves.toMatchObject({ branch: { id: branchId, status: 'BRANCH_STATUS_DISABLED' } });
    await expect(harness.call('GetBranch', { merchantId: '', branchId }, token)).resolves.toMatchObject({ id: branchId });
    await expect(harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: '' }, token)).resolves.toBeDefined();
    const createOne = harness.call(
      'CreateSubAccount',
      { merchantId: '', username: 'while-disabled', displayName: 'X', password: 'a-long-enough-password', permissions: [], branchId: '' },
      token,
    );
    expect((await refusalOf(createOne)).code).toBe('BRANCH_DISABLED');
    expect((await refusalOf(harness.call('EnableBranch', { merchantId: '', branchId }, token))).code).toBe('BRANCH_DISABLED');

    await harness.call('EnableBranch', { merchantId: '', branchId }, merchant.ownerToken);
    await expect(check(token, 'redeem', true)).resolves.toBeDefined();
  });

  it('R23: branches are disabled, never deleted: the service has no delete, and a disabled branch stays listed', async () => {
    expect(Object.keys(harness.services).filter((method) => /delete/i.test(method))).toEqual(['DeleteSubAccount']);
    const branchId = await newBranch(harness, merchant);
    await harness.call('DisableBranch', { merchantId: '', branchId }, merchant.ownerToken);
    expect(await refusalOf(harness.call('DisableBranch', { merchantId: '', branchId }, merchant.ownerToken))).toMatchObject({
      code: 'BRANCH_ALREADY_DISABLED',
    });
    const listed = await harness.call('ListBranches', { merchantId: '', page: { limit: 200 } }, merchant.ownerToken);
    expect(listed.branches.find((branch) => branch.id === branchId)?.status).toBe('BRANCH_STATUS_DISABLED');
  });

  it('R23: nobody is bound to a disabled branch', async () => {
    const branchId = await newBranch(harness, merchant);
    const clerk = await newSubAccount(harness, merchant, ['redeem']);
    await harness.call('DisableBranch', { merchantId: '', branchId }, merchant.ownerToken);
    expect(await refusalOf(harness.call('BindSubAccountToBranch', { merchantId: '', subAccountId: clerk.id, branchId }, merchant.ownerToken))).toMatchObject({
      code: 'TARGET_BRANCH_DISABLED',
    });
  });

  it('R20/R22: branches are managed by head office only, with the accounts node', async () => {
    const branchId = await newBranch(harness, merchant);
    const bound = await newSubAccount(harness, merchant, ['accounts'], branchId);
    const withoutNode = await newSubAccount(harness, merchant, ['redeem']);
    const create = (token: string) => harness.call('CreateBranch', { merchantId: '', name: 'N', code: 'NEW1', address: '' }, token);
    expect((await refusalOf(create(await bound.token()))).code).toBe('HEAD_OFFICE_ONLY');
    expect((await refusalOf(create(await withoutNode.token()))).code).toBe('PERMISSION_REQUIRED');
    const headOfficeManager = await newSubAccount(harness, merchant, ['accounts']);
    await expect(create(await headOfficeManager.token())).resolves.toMatchObject({ code: 'NEW1' });
  });

  it('R24: a sub-account shows its branch; a branch shows its sub-accounts, only to holders of accounts', async () => {
    const branchId = await newBranch(harness, merchant);
    const member = await newSubAccount(harness, merchant, ['redeem'], branchId);
    const asOwner = await harness.call('GetBranch', { merchantId: '', branchId }, merchant.ownerToken);
    expect(asOwner.subAccounts).toEqual([expect.objectContaining({ id: member.id, branch: expect.objectContaining({ id: branchId }) })]);
    const asMember = await harness.call('GetBranch', { merchantId: '', branchId }, await member.token());
    expect(asMember.subAccounts).toEqual([]);
  });
});
