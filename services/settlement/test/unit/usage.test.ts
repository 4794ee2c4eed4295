import { cancelUsage, claimCancellation, operatorLabel, recordUsage, unrecordedCancellation } from '../../src/domain/usage';
import { now, record, usage } from './fixtures';

const ref = { id: 'redemption-1', kind: 'redemption' as const, ticketId: 'ticket-1' };

describe('usages and their bank sync (R30)', () => {
  it('a pickup voucher’s usage awaits the bank sync; a gift voucher’s is never reported', () => {
    expect(recordUsage(null, ref, record()).bank).toBe('pending');
    expect(recordUsage(null, ref, record({ ticketType: 'gift_voucher', faceValue: 0 })).bank).toBe('not_reported');
  });

  it('a claim before the usage’s event: recorded as cancelled, and the late event cannot make it pending', () => {
    const claimed = unrecordedCancellation(ref, now);
    expect(claimed).toMatchObject({ record: null, bank: 'cancelled', reversed: false });
    expect(recordUsage(claimed, ref, record())).toMatchObject({ bank: 'cancelled', record: { faceValue: 1000 } });
  });

  it('T14: a claim on a pending usage wins, on a cancelled one is idempotent, on a synced one is refused', () => {
    expect(claimCancellation(usage('redemption'), ref)).toBe('claimed');
    expect(claimCancellation(usage('redemption', { bank: 'cancelled' }), ref)).toBe('already_claimed');
    expect(() => claimCancellation(usage('redemption', { bank: 'synced', batchId: 'b' }), ref)).toThrow(
      expect.objectContaining({ category: 'failed_precondition', code: 'ALREADY_SYNCED_TO_BANK' }),
    );
    expect(() => claimCancellation(usage('redemption'), { ...ref, kind: 'return' })).toThrow(expect.objectContaining({ code: 'USAGE_MISMATCH' }));
  });

  it('the cancellation event undoes the usage; before its own event arrived too; never after the sync', () => {
    expect(cancelUsage(usage('redemption'), ref, now)).toMatchObject({ reversed: true, bank: 'cancelled', cancelledAt: now.toISOString() });
    expect(cancelUsage(null, ref, now)).toMatchObject({ reversed: true, bank: 'cancelled', record: null });
    expect(() => cancelUsage(usage('redemption', { bank: 'synced' }), ref, now)).toThrow(expect.objectContaining({ code: 'ALREADY_SYNCED_TO_BANK' }));
  });

  it('R22.1: a branch-bound operator shows as its branch name and code, head office by name', () => {
    expect(operatorLabel({ accountId: 'a', accountName: 'Amy', branchId: 'b', branchName: 'Xinyi', branchCode: 'XY' })).toBe('Xinyi (XY)');
    expect(operatorLabel({ accountId: 'a', accountName: 'Amy', branchId: null, branchName: null, branchCode: null })).toBe('Amy');
  });
});
