import { assertRecordInReach, visibleBranchOf } from '../../src/domain/access';
import { operatorLabel, operatorOf, staffOf } from '../../src/domain/staff';
import { redeem } from '../../src/domain/usage';
import { eastBranch, now, staff, usage } from '../support/domain';

const west = { id: 'west', name: 'Taipei West', code: 'TPE-W' };

describe('who sees and touches what (R22)', () => {
  it('R22.1: a branch-bound operator shows as branch name and code; head office by its account name', () => {
    expect(operatorLabel(operatorOf(staff({ branch: eastBranch })))).toBe('Taipei East (TPE-E)');
    expect(operatorLabel(operatorOf(staff({ name: 'Head Office' })))).toBe('Head Office');
  });

  it('R22.2: a branch-bound account lists only its own branch; head office all, or the one it names', () => {
    expect(visibleBranchOf(staff({ branch: eastBranch }), '')).toBe('east');
    expect(visibleBranchOf(staff({ branch: eastBranch }), 'east')).toBe('east');
    expect(() => visibleBranchOf(staff({ branch: eastBranch }), 'west')).toThrow(expect.objectContaining({ code: 'OUTSIDE_BRANCH' }));
    expect(visibleBranchOf(staff(), '')).toBeNull();
    expect(visibleBranchOf(staff(), 'west')).toBe('west');
  });

  it('R22.2: a record is acted on by its merchant only, and by a branch-bound account only if its branch made it', () => {
    const { redemption } = redeem(usage(), { staff: staff({ branch: west }), now, id: 'r-1' });
    expect(() => assertRecordInReach(redemption, staff())).not.toThrow();
    expect(() => assertRecordInReach(redemption, staff({ branch: west }))).not.toThrow();
    expect(() => assertRecordInReach(redemption, staff({ branch: eastBranch }))).toThrow(expect.objectContaining({ code: 'OUTSIDE_BRANCH' }));
    expect(() => assertRecordInReach(redemption, staff({ merchantId: 'other' }))).toThrow(expect.objectContaining({ code: 'REDEMPTION_NOT_FOUND' }));
  });

  it('platform operators are not merchant staff', () => {
    expect(() => staffOf({ accountId: 'op', merchantId: null, name: 'operator', branch: null })).toThrow(expect.objectContaining({ code: 'MERCHANT_ACCOUNT_REQUIRED' }));
  });
});
