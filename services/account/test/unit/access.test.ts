import { assertMayGrant, assertMayManage, assertWithinBranch, authorizeActor, authorizeMerchant } from '../../src/domain/access';
import { newSubAccount } from '../../src/domain/account';
import { branch, now, operator, owner, subAccount } from '../support/actors';

function refusal(work: () => unknown): { category: string; code: string } {
  try {
    work();
  } catch (error) {
    const { category, code } = error as { category: string; code: string };
    return { category, code };
  }
  throw new Error('expected a refusal');
}

describe('the authorization decision', () => {
  it('acts on the merchant user\'s own merchant whatever the request names as empty', () => {
    expect(authorizeMerchant(owner(), '', { mutating: true }).merchantId).toBe('merchant-a');
    expect(authorizeMerchant(owner(), 'merchant-a', { mutating: true }).merchantId).toBe('merchant-a');
  });

  it("reports another merchant as not found (tenant isolation)", () => {
    expect(refusal(() => authorizeMerchant(owner(), 'merchant-b', { mutating: false }))).toEqual({ category: 'not_found', code: 'MERCHANT_NOT_FOUND' });
  });

  it('lets operators name any merchant, and requires them to name one', () => {
    expect(authorizeMerchant(operator(), 'merchant-b', { mutating: true }).merchantId).toBe('merchant-b');
    expect(refusal(() => authorizeMerchant(operator(), '', { mutating: false })).code).toBe('MERCHANT_ID_REQUIRED');
  });

  it('keeps operator-only operations from merchants', () => {
    expect(refusal(() => authorizeActor(owner(), { operatorOnly: true, mutating: true }))).toEqual({ category: 'permission_denied', code: 'OPERATOR_ONLY' });
    expect(() => authorizeActor(operator(), { operatorOnly: true, mutating: true })).not.toThrow();
  });

  it('R13: a sub-account needs the node; the owner holds every node', () => {
    expect(refusal(() => authorizeMerchant(subAccount(['redeem']), '', { permission: 'issue', mutating: true }))).toEqual({
      category: 'permission_denied',
      code: 'PERMISSION_REQUIRED',
    });
    expect(() => authorizeMerchant(subAccount(['issue']), '', { permission: 'issue', mutating: true })).not.toThrow();
    expect(() => authorizeMerchant(owner(), '', { permission: 'accounts', mutating: true })).not.toThrow();
  });

  it('R23: a sub-account of a disabled branch cannot change anything but can still read', () => {
    const clerk = subAccount(['issue', 'redeem', 'return', 'notes'], { branch: branch({ status: 'disabled' }) });
    for (const permission of ['issue', 'redeem', 'return', 'notes'] as const) {
      expect(refusal(() => authorizeActor(clerk, { permission, mutating: true }))).toEqual({ category: 'permission_denied', code: 'BRANCH_DISABLED' });
    }
    expect(() => authorizeActor(clerk, { permission: 'redeem', mutating: false })).not.toThrow();
  });

  it('R32: adding notes needs the notes node and is refused to a disabled branch', () => {
    expect(refusal(() => authorizeActor(subAccount(['issue']), { permission: 'notes', mutating: true })).code).toBe('PERMISSION_REQUIRED');
    expect(() => authorizeActor(subAccount(['notes']), { permission: 'notes', mutating: true })).not.toThrow();
    const disabled = subAccount(['notes'], { branch: branch({ status: 'disabled' }) });
    expect(refusal(() => authorizeActor(disabled, { permission: 'notes', mutating: true })).code).toBe('BRANCH_DISABLED');
  });

  it('R22: head-office-only operations refuse a branch-bound sub-account', () => {
    const bound = subAccount(['settings'], { branch: branch() });
    expect(refusal(() => authorizeMerchant(bound, '', { permission: 'settings', mutating: true, headOfficeOnly: true })).code).toBe('HEAD_OFFICE_ONLY');
    expect(() => authorizeMerchant(subAccount(['settings']), '', { permission: 'settings', mutating: true, headOfficeOnly: true })).not.toThrow();
  });

  it("R22.2: a branch-bound sub-account reaches only its own branch's objects; head office reaches all", () => {
    const grant = authorizeMerchant(subAccount(['accounts'], { branch: branch() }), '', { mutating: false });
    expect(grant.branchScope).toBe('branch-1');
    expect(() => assertWithinBranch(grant, 'branch-1')).not.toThrow();
    expect(refusal(() => assertWithinBranch(grant, 'branch-2')).code).toBe('OUTSIDE_BRANCH');
    expect(refusal(() => assertWithinBranch(grant, null)).code).toBe('OUTSIDE_BRANCH');
    const headOffice = authorizeMerchant(subAccount(['accounts']), '', { mutating: false });
    expect(() => assertWithinBranch(headOffice, 'branch-2')).not.toThrow();
  });

  describe('managing sub-accounts', () => {
    const target = (permissions: Parameters<typeof newSubAccount>[0]['permissions'], id = 'sub-2') =>
      newSubAccount({ id, merchantId: 'merchant-a', username: 'clerk2', displayName: 'Clerk 2', passwordHash: 'h', permissions, branchId: null, now });

    it('R13: a managing sub-account cannot grant nodes it does not hold', () => {
      expect(refusal(() => assertMayGrant(subAccount(['accounts', 'redeem']), ['redeem', 'issue'])).code).toBe('EXCEEDS_OWN_PERMISSIONS');
      expect(() => assertMayGrant(subAccount(['accounts', 'redeem']), ['redeem'])).not.toThrow();
      expect(() => assertMayGrant(owner(), ['issue', 'settings'])).not.toThrow();
    });

    it('R14: a managing sub-account cannot manage a stronger sub-account, nor change its own nodes, branch or existence', () => {
      const manager = subAccount(['accounts', 'redeem']);
      expect(refusal(() => assertMayManage(manager, target(['issue']), 'password')).code).toBe('EXCEEDS_OWN_PERMISSIONS');
      expect(() => assertMayManage(manager, target(['redeem']), 'delete')).not.toThrow();
      const self = target(['accounts', 'redeem'], manager.accountId);
      expect(refusal(() => assertMayManage(manager, self, 'permissions')).code).toBe('SELF_MANAGEMENT');
      expect(refusal(() => assertMayManage(manager, self, 'delete')).code).toBe('SELF_MANAGEMENT');
      expect(refusal(() => assertMayManage(manager, self, 'branch')).code).toBe('SELF_MANAGEMENT');
      expect(() => assertMayManage(manager, self, 'password')).not.toThrow();
    });
  });
});
