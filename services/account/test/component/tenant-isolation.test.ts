import { AccountHarness, PASSWORD, newBranch, newMerchant, newSubAccount, refusalOf, type TestMerchant } from '../support/harness';

/**
 * T9: every call that takes a merchant or an object id, made by merchant A's owner and by A's
 * all-powerful sub-account against merchant B's ids, is refused as not found; B's objects stay
 * untouched. Missing permission nodes and other branches are refused with their own codes.
 */
const harness = new AccountHarness();
let a: TestMerchant;
let b: TestMerchant;
const bObjects = { subAccountId: '', branchId: '', relationId: '' };
let aSubAccountId = '';

beforeAll(async () => {
  await harness.start();
  a = await newMerchant(harness);
  b = await newMerchant(harness);
  bObjects.branchId = await newBranch(harness, b);
  bObjects.subAccountId = (await newSubAccount(harness, b, ['redeem'], bObjects.branchId)).id;
  const partner = await newMerchant(harness);
  bObjects.relationId = (await harness.call('CreateRedeemableStore', { merchantId: '', storeMerchantId: partner.merchantId, productIds: ['P-1'] }, b.ownerToken)).id;
  aSubAccountId = (await newSubAccount(harness, a, ['redeem'])).id;
});
afterAll(() => harness.stop());

type Case = readonly [string, (token: string) => Promise<unknown>, string];

const namingB = (): Case[] => {
  const m = b.merchantId;
  return [
    ['GetMerchant', (t) => harness.call('GetMerchant', { merchantId: m }, t), 'MERCHANT_NOT_FOUND'],
    ['UpdateMerchantSettings', (t) => harness.call('UpdateMerchantSettings', { merchantId: m, smsEnabled: false }, t), 'MERCHANT_NOT_FOUND'],
    ['CreateSubAccount', (t) => harness.call('CreateSubAccount', { merchantId: m, username: 'intruder', displayName: 'I', password: PASSWORD, permissions: [], branchId: '' }, t), 'MERCHANT_NOT_FOUND'],
    ['GetSubAccount', (t) => harness.call('GetSubAccount', { merchantId: m, subAccountId: bObjects.subAccountId }, t), 'MERCHANT_NOT_FOUND'],
    ['ListSubAccounts', (t) => harness.call('ListSubAccounts', { merchantId: m, deleted: false, branchId: '' }, t), 'MERCHANT_NOT_FOUND'],
    ['ChangeSubAccountPassword', (t) => harness.call('ChangeSubAccountPassword', { merchantId: m, subAccountId: bObjects.subAccountId, newPassword: PASSWORD }, t), 'MERCHANT_NOT_FOUND'],
    ['UpdateSubAccountPermissions', (t) => harness.call('UpdateSubAccountPermissions', { merchantId: m, subAccountId: bObjects.subAccountId, permissions: [] }, t), 'MERCHANT_NOT_FOUND'],
    ['DeleteSubAccount', (t) => harness.call('DeleteSubAccount', { merchantId: m, subAccountId: bObjects.subAccountId }, t), 'MERCHANT_NOT_FOUND'],
    ['BindSubAccountToBranch', (t) => harness.call('BindSubAccountToBranch', { merchantId: m, subAccountId: bObjects.subAccountId, branchId: '' }, t), 'MERCHANT_NOT_FOUND'],
    ['CreateBranch', (t) => harness.call('CreateBranch', { merchantId: m, name: 'X', code: 'X1', address: '' }, t), 'MERCHANT_NOT_FOUND'],
    ['GetBranch', (t) => harness.call('GetBranch', { merchantId: m, branchId: bObjects.branchId }, t), 'MERCHANT_NOT_FOUND'],
    ['ListBranches', (t) => harness.call('ListBranches', { merchantId: m }, t), 'MERCHANT_NOT_FOUND'],
    ['UpdateBranch', (t) => harness.call('UpdateBranch', { merchantId: m, branchId: bObjects.branchId, name: 'Hacked' }, t), 'MERCHANT_NOT_FOUND'],
    ['DisableBranch', (t) => harness.call('DisableBranch', { merchantId: m, branchId: bObjects.branchId }, t), 'MERCHANT_NOT_FOUND'],
    ['EnableBranch', (t) => harness.call('EnableBranch', { merchantId: m, branchId: bObjects.branchId }, t), 'MERCHANT_NOT_FOUND'],
    ['CreateRedeemableStore', (t) => harness.call('CreateRedeemableStore', { merchantId: m, storeMerchantId: a.merchantId, productIds: ['P-1'] }, t), 'MERCHANT_NOT_FOUND'],
    ['ListRedeemableStores', (t) => harness.call('ListRedeemableStores', { merchantId: m }, t), 'MERCHANT_NOT_FOUND'],
    ['UnlinkRedeemableStore', (t) => harness.call('UnlinkRedeemableStore', { merchantId: m, relationId: bObjects.relationId }, t), 'MERCHANT_NOT_FOUND'],
    ['ListJointIssuers', (t) => harness.call('ListJointIssuers', { merchantId: m }, t), 'MERCHANT_NOT_FOUND'],
    ['ListAuditLog', (t) => harness.call('ListAuditLog', { merchantId: m }, t), 'MERCHANT_NOT_FOUND'],
    ['UpdateMerchantContract', (t) => harness.call('UpdateMerchantContract', { merchantId: m, contract: null }, t), 'OPERATOR_ONLY'],
  ];
};

const ownMerchantBObjects = (): Case[] => [
  ['GetSubAccount', (t) => harness.call('GetSubAccount', { merchantId: '', subAccountId: bObjects.subAccountId }, t), 'SUB_ACCOUNT_NOT_FOUND'],
  ['ChangeSubAccountPassword', (t) => harness.call('ChangeSubAccountPassword', { merchantId: '', subAccountId: bObjects.subAccountId, newPassword: PASSWORD }, t), 'SUB_ACCOUNT_NOT_FOUND'],
  ['UpdateSubAccountPermissions', (t) => harness.call('UpdateSubAccountPermissions', { merchantId: '', subAccountId: bObjects.subAccountId, permissions: [] }, t), 'SUB_ACCOUNT_NOT_FOUND'],
  ['DeleteSubAccount', (t) => harness.call('DeleteSubAccount', { merchantId: '', subAccountId: bObjects.subAccountId }, t), 'SUB_ACCOUNT_NOT_FOUND'],
  ['BindSubAccountToBranch (B sub-account)', (t) => harness.call('BindSubAccountToBranch', { merchantId: '', subAccountId: bObjects.subAccountId, branchId: '' }, t), 'SUB_ACCOUNT_NOT_FOUND'],
  ['BindSubAccountToBranch (B branch)', (t) => harness.call('BindSubAccountToBranch', { merchantId: '', subAccountId: aSubAccountId, branchId: bObjects.branchId }, t), 'BRANCH_NOT_FOUND'],
  ['CreateSubAccount (B branch)', (t) => harness.call('CreateSubAccount', { merchantId: '', username: 'intruder2', displayName: 'I', password: PASSWORD, permissions: [], branchId: bObjects.branchId }, t), 'BRANCH_NOT_FOUND'],
  ['ListSubAccounts (B branch)', (t) => harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: bObjects.branchId }, t), 'BRANCH_NOT_FOUND'],
  ['GetBranch', (t) => harness.call('GetBranch', { merchantId: '', branchId: bObjects.branchId }, t), 'BRANCH_NOT_FOUND'],
  ['UpdateBranch', (t) => harness.call('UpdateBranch', { merchantId: '', branchId: bObjects.branchId, name: 'Hacked' }, t), 'BRANCH_NOT_FOUND'],
  ['DisableBranch', (t) => harness.call('DisableBranch', { merchantId: '', branchId: bObjects.branchId }, t), 'BRANCH_NOT_FOUND'],
  ['EnableBranch', (t) => harness.call('EnableBranch', { merchantId: '', branchId: bObjects.branchId }, t), 'BRANCH_NOT_FOUND'],
  ['UnlinkRedeemableStore', (t) => harness.call('UnlinkRedeemableStore', { merchantId: '', relationId: bObjects.relationId }, t), 'RELATION_NOT_FOUND'],
];

describe('T9: tenant isolation', () => {
  it.each(['owner', 'sub-account with every node'])("merchant A's %s is refused B's merchant id on every call", async (who) => {
    const token = who === 'owner' ? a.ownerToken : await (await newSubAccount(harness, a, allNodes())).token();
    for (const [name, call, code] of namingB()) {
      const refusal = await refusalOf(call(token));
      expect({ name, code: refusal.code }).toEqual({ name, code });
      expect(JSON.stringify(refusal.details)).not.toContain(bObjects.subAccountId);
    }
  });

  it.each(['owner', 'sub-account with every node'])("merchant A's %s is refused B's objects by id, as if they did not exist", async (who) => {
    const token = who === 'owner' ? a.ownerToken : await (await newSubAccount(harness, a, allNodes())).token();
    for (const [name, call, code] of ownMerchantBObjects()) {
      const refusal = await refusalOf(call(token));
      expect({ name, category: refusal.category, code: refusal.code }).toEqual({ name, category: 'not_found', code });
    }
  });

  it("B's objects are unchanged after all that", async () => {
    const subAccount = await harness.call('GetSubAccount', { merchantId: '', subAccountId: bObjects.subAccountId }, b.ownerToken);
    expect(subAccount).toMatchObject({ deleted: false, permissions: ['redeem'], branch: { id: bObjects.branchId } });
    const branch = await harness.call('GetBranch', { merchantId: '', branchId: bObjects.branchId }, b.ownerToken);
    expect(branch).toMatchObject({ status: 'BRANCH_STATUS_ENABLED', name: expect.stringMatching(/^Branch/) });
    const stores = await harness.call('ListRedeemableStores', { merchantId: '' }, b.ownerToken);
    expect(stores.stores.find((store) => store.id === bObjects.relationId)?.status).toBe('linked');
    const ownList = await harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: '' }, a.ownerToken);
    expect(ownList.subAccounts.every((account) => account.merchantId === a.merchantId)).toBe(true);
    const audit = await harness.call('ListAuditLog', { merchantId: '', page: { limit: 200 } }, a.ownerToken);
    expect(audit.entries.every((entry) => entry.merchantId === a.merchantId)).toBe(true);
  });

  it('R13: a sub-account without nodes is refused every call that needs one, with PERMISSION_REQUIRED and the node', async () => {
    const token = await (await newSubAccount(harness, a, [])).token();
    const branchId = await newBranch(harness, a);
    const cases: [string, Promise<unknown>, string][] = [
      ['ListSubAccounts', harness.call('ListSubAccounts', { merchantId: '', deleted: false, branchId: '' }, token), 'accounts'],
      ['GetSubAccount', harness.call('GetSubAccount', { merchantId: '', subAccountId: aSubAccountId }, token), 'accounts'],
      ['CreateSubAccount', harness.call('CreateSubAccount', { merchantId: '', username: 'nope', displayName: 'N', password: PASSWORD, permissions: [], branchId: '' }, token), 'accounts'],
      ['ChangeSubAccountPassword', harness.call('ChangeSubAccountPassword', { merchantId: '', subAccountId: aSubAccountId, newPassword: PASSWORD }, token), 'accounts'],
      ['UpdateSubAccountPermissions', harness.call('UpdateSubAccountPermissions', { merchantId: '', subAccountId: aSubAccountId, permissions: [] }, token), 'accounts'],
      ['DeleteSubAccount', harness.call('DeleteSubAccount', { merchantId: '', subAccountId: aSubAccountId }, token), 'accounts'],
      ['BindSubAccountToBranch', harness.call('BindSubAccountToBranch', { merchantId: '', subAccountId: aSubAccountId, branchId }, token), 'accounts'],
      ['CreateBranch', harness.call('CreateBranch', { merchantId: '', name: 'N', code: 'N1', address: '' }, token), 'accounts'],
      ['UpdateBranch', harness.call('UpdateBranch', { merchantId: '', branchId, name: 'N' }, token), 'accounts'],
      ['DisableBranch', harness.call('DisableBranch', { merchantId: '', branchId }, token), 'accounts'],
      ['EnableBranch', harness.call('EnableBranch', { merchantId: '', branchId }, token), 'accounts'],
      ['ListAuditLog', harness.call('ListAuditLog', { merchantId: '' }, token), 'accounts'],
      ['UpdateMerchantSettings', harness.call('UpdateMerchantSettings', { merchantId: '', smsEnabled: false }, token), 'settings'],
      ['CreateRedeemableStore', harness.call('CreateRedeemableStore', { merchantId: '', storeMerchantId: b.merchantId, productIds: ['P-1'] }, token), 'settings'],
      ['UnlinkRedeemableStore', harness.call('UnlinkRedeemableStore', { merchantId: '', relationId: 'x' }, token), 'settings'],
    ];
    for (const [name, call, permission] of cases) {
      const refusal = await refusalOf(call);
      expect({ name, category: refusal.category, code: refusal.code, permission: refusal.details.permission }).toEqual({
        name,
        category: 'permission_denied',
        code: 'PERMISSION_REQUIRED',
        permission,
      });
    }
  });

  it('operators may name any merchant', async () => {
    const operatorToken = await harness.operatorToken();
    await expect(harness.call('GetSubAccount', { merchantId: b.merchantId, subAccountId: bObjects.subAccountId }, operatorToken)).resolves.toMatchObject({
      id: bObjects.subAccountId,
    });
    await expect(harness.call('ListAuditLog', { merchantId: b.merchantId }, operatorToken)).resolves.toMatchObject({ entries: expect.any(Array) });
    expect((await refusalOf(harness.call('GetMerchant', { merchantId: '' }, operatorToken))).code).toBe('MERCHANT_ID_REQUIRED');
    const orphan = harness.call('CreateBranch', { merchantId: 'no-such-merchant', name: 'Orphan', code: 'O1', address: '' }, operatorToken);
    expect(await refusalOf(orphan)).toMatchObject({ category: 'not_found', code: 'MERCHANT_NOT_FOUND' });
  });
});

function allNodes(): string[] {
  return ['issue', 'redeem', 'cancel_redemption', 'return', 'cancel_return', 'notes', 'reports', 'products', 'orders', 'settings', 'accounts'];
}
