import { boundToBranch, deletedSubAccount, loginKeyOf, newSubAccount, withPassword, withPermissions } from '../../src/domain/account';
import { now } from '../support/actors';

const clerk = () =>
  newSubAccount({
    id: 'sub-1',
    merchantId: 'merchant-a',
    username: 'Clerk.One',
    displayName: '  Clerk One ',
    passwordHash: 'hash-1',
    permissions: ['redeem'],
    branchId: null,
    now,
  });

describe('sub-accounts', () => {
  it('R12: a sub-account has a username, a display name and a password hash, and starts active at head office', () => {
    const account = clerk();
    expect(account).toMatchObject({ role: 'sub_account', username: 'Clerk.One', displayName: 'Clerk One', status: 'active', branchId: null });
    expect(account.loginKey).toBe(loginKeyOf('merchant-a', 'clerk.one'));
  });

  it("R12: usernames are per merchant, apart from the operators' own, whatever merchant id a login names", () => {
    expect(loginKeyOf('merchant-a', 'Clerk')).toBe(loginKeyOf('merchant-a', 'clerk'));
    expect(loginKeyOf('merchant-a', 'clerk')).not.toBe(loginKeyOf('merchant-b', 'clerk'));
    expect(loginKeyOf(null, 'operator')).not.toBe(loginKeyOf('operator', 'operator'));
    expect(loginKeyOf(null, 'operator')).not.toBe(loginKeyOf('', 'operator'));
  });

  it('R12: refuses malformed usernames and names with control characters', () => {
    expect(() => newSubAccount({ ...clerkInput(), username: 'a b' })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD' }));
    expect(() => newSubAccount({ ...clerkInput(), displayName: 'evil\nINFO forged line' })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD' }));
  });

  it('R14: changing the password bumps the credentials version (open sessions end)', () => {
    const changed = withPassword(clerk(), 'hash-2');
    expect(changed.passwordHash).toBe('hash-2');
    expect(changed.credentialsVersion).toBe(clerk().credentialsVersion + 1);
  });

  it('R14: editing permissions keeps the sessions (nodes are read afresh on every check)', () => {
    const edited = withPermissions(clerk(), ['redeem', 'issue']);
    expect(edited.permissions).toEqual(['redeem', 'issue']);
    expect(edited.credentialsVersion).toBe(clerk().credentialsVersion);
  });

  it('R14: deletion is soft: the account stays, marked deleted with its name, and cannot be changed any more', () => {
    const deleted = deletedSubAccount(clerk(), now);
    expect(deleted).toMatchObject({ status: 'deleted', deletedAt: now.toISOString(), displayName: 'Clerk One', username: 'Clerk.One' });
    expect(() => deletedSubAccount(deleted, now)).toThrow(expect.objectContaining({ code: 'SUB_ACCOUNT_DELETED' }));
    expect(() => withPassword(deleted, 'x')).toThrow(expect.objectContaining({ code: 'SUB_ACCOUNT_DELETED' }));
  });

  it('R20: a sub-account is bound to at most one branch and can be unbound again', () => {
    const bound = boundToBranch(clerk(), 'branch-1');
    expect(bound.branchId).toBe('branch-1');
    expect(boundToBranch(bound, 'branch-2').branchId).toBe('branch-2');
    expect(boundToBranch(bound, null).branchId).toBeNull();
    expect(() => boundToBranch(bound, 'branch-1')).toThrow(expect.objectContaining({ code: 'ALREADY_BOUND' }));
  });
});

function clerkInput() {
  return { id: 'sub-1', merchantId: 'merchant-a', username: 'clerk', displayName: 'Clerk', passwordHash: 'h', permissions: [], branchId: null, now };
}
