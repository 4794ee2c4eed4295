import { assertBindable, disableBranch, editBranch, enableBranch, newBranch } from '../../src/domain/branch';
import { now } from '../support/actors';

const input = { id: 'b1', merchantId: 'm1', name: 'Xinyi', code: 'TPE-01', address: 'Taipei', now };

describe('branches', () => {
  it('R20: a branch has a name and a code and starts enabled', () => {
    expect(newBranch(input)).toMatchObject({ name: 'Xinyi', code: 'TPE-01', status: 'enabled' });
    expect(() => newBranch({ ...input, code: 'no spaces' })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD' }));
  });

  it('R23: a branch is disabled and enabled again, never deleted', () => {
    const disabled = disableBranch(newBranch(input));
    expect(disabled.status).toBe('disabled');
    expect(() => disableBranch(disabled)).toThrow(expect.objectContaining({ code: 'BRANCH_ALREADY_DISABLED' }));
    expect(enableBranch(disabled).status).toBe('enabled');
    expect(() => enableBranch(newBranch(input))).toThrow(expect.objectContaining({ code: 'BRANCH_ALREADY_ENABLED' }));
  });

  it('R23: nobody is bound to a disabled branch', () => {
    expect(() => assertBindable(disableBranch(newBranch(input)))).toThrow(expect.objectContaining({ code: 'TARGET_BRANCH_DISABLED' }));
  });

  it('R22.1: editing keeps the code that reports show', () => {
    expect(editBranch(newBranch(input), { name: 'Xinyi A11' })).toMatchObject({ name: 'Xinyi A11', code: 'TPE-01', address: 'Taipei' });
  });
});
