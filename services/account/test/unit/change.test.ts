import { newSubAccount } from '../../src/domain/account';
import { accountChange, auditActorOf, auditEntryOf, eventOf } from '../../src/domain/change';
import { branch, now, subAccount } from '../support/actors';

describe('audit entries and events', () => {
  const before = newSubAccount({
    id: 's1',
    merchantId: 'm1',
    username: 'clerk',
    displayName: 'Clerk',
    passwordHash: '$scrypt$ln=17,r=8,p=1$c2FsdA$aGFzaA',
    permissions: ['redeem'],
    branchId: null,
    now,
  });
  const after = { ...before, permissions: ['redeem', 'issue'] as const, passwordHash: '$scrypt$other' };
  const change = accountChange('sub_account.permissions_changed', before, after);

  it('R21: record who (account, name, branch name and code), what, when, before and after', () => {
    const actor = auditActorOf(subAccount(['accounts'], { branch: branch() }));
    const entry = auditEntryOf(change, actor, 'a1', now);
    expect(entry).toMatchObject({
      merchantId: 'm1',
      action: 'sub_account.permissions_changed',
      targetType: 'account',
      targetId: 's1',
      at: now.toISOString(),
      actor: { accountId: 'sub-1', name: 'Clerk', branch: { id: 'branch-1', name: 'Taipei Main', code: 'TPE01' } },
      before: { permissions: ['redeem'] },
      after: { permissions: ['redeem', 'issue'] },
    });
  });

  it('never carries a password hash in the audit entry or the event', () => {
    const actor = auditActorOf(subAccount(['accounts']));
    const serialized = JSON.stringify([auditEntryOf(change, actor, 'a1', now), eventOf(change, actor)]);
    expect(serialized).not.toMatch(/scrypt|passwordHash/);
  });

  it('names the event after the change, version 1', () => {
    const event = eventOf(change, auditActorOf(subAccount(['accounts'])));
    expect(event).toMatchObject({ type: 'sub_account.permissions_changed', version: 1, merchantId: 'm1', data: { account: { id: 's1' }, changedBy: 'sub-1' } });
  });
});
