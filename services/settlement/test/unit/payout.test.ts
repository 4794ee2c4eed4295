import { isDue, payableDueDate, payoutOf, type Payable } from '../../src/domain/payout';
import { sumOf } from '../../src/domain/ledger';
import { now } from './fixtures';

const payable = (overrides: Partial<Payable> = {}): Payable => ({
  id: 'p1',
  merchantId: 'm',
  orderId: 'o',
  ticketId: 't',
  usageId: 'u',
  amount: 1000,
  dueDate: '2026-03-09',
  status: 'open',
  final: true,
  payoutId: null,
  createdAt: now.toISOString(),
  ...overrides,
});

describe('payables and payouts', () => {
  it('R6: due the payout days after the Taiwan day of the redemption', () => {
    expect(payableDueDate('2026-03-02T15:59:59.000Z', null, 7)).toBe('2026-03-09');
    expect(payableDueDate('2026-03-02T16:00:00.000Z', null, 7)).toBe('2026-03-10');
  });

  it('R7: counted from the guarantee end when that came first (redeemed after it, before the expiry job ran)', () => {
    expect(payableDueDate('2026-04-05T00:00:00.000Z', '2026-03-31T00:00:00.000Z', 7)).toBe('2026-04-07');
  });

  it('only final (synced), open payables on or after their due date are paid', () => {
    expect(isDue(payable(), '2026-03-09')).toBe(true);
    expect(isDue(payable(), '2026-03-08')).toBe(false);
    expect(isDue(payable({ final: false }), '2026-03-10')).toBe(false);
    expect(isDue(payable({ status: 'paid' }), '2026-03-10')).toBe(false);
  });

  it('one payout of all the merchant’s due payables: merchant_payable → merchant_paid', () => {
    const { payout, journal } = payoutOf('m', '2026-03-09', [payable(), payable({ id: 'p2', amount: 500 })], { payoutId: 'po', journalId: 'j' }, now);
    expect(payout).toMatchObject({ id: 'po', amount: 1500, payableCount: 2, payoutDate: '2026-03-09' });
    expect(journal.lines).toEqual([
      { account: 'merchant_paid', amount: 1500 },
      { account: 'merchant_payable', amount: -1500 },
    ]);
    expect(sumOf(journal.lines.map((line) => line.amount))).toBe(0);
  });
});
