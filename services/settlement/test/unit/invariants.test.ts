import { checkInvariants, type EntryFigure, type LedgerSnapshot } from '../../src/domain/invariants';
import { placed, ticket, usage } from './fixtures';

const held = (journalId: string, ticketId = 'ticket-1', amount = 1000): EntryFigure[] => [
  { journalId, merchantId: 'm', account: 'escrow', amount, ticketId },
  { journalId, merchantId: 'm', account: 'processor_clearing', amount: -amount, ticketId },
];

const snapshot = (overrides: Partial<LedgerSnapshot> = {}): LedgerSnapshot => ({
  entries: held('j1'),
  balances: [
    { merchantId: 'm', account: 'escrow', balance: 1000 },
    { merchantId: 'm', account: 'processor_clearing', balance: -1000 },
  ],
  tickets: [{ ticket: ticket({ path: [placed('escrow')] }), captured: true, usages: [] }],
  payables: [],
  payouts: [],
  ...overrides,
});

describe('T13: the ledger invariants', () => {
  it('hold for a consistent ledger, with its figures', () => {
    expect(checkInvariants(snapshot())).toMatchObject({ ok: true, violations: [], ledgerSum: 0, journalCount: 1, escrowBalance: 1000, escrowedFaceValue: 1000 });
  });

  it('catch an unbalanced journal and a ledger not summing to zero', () => {
    const report = checkInvariants(snapshot({ entries: [...held('j1'), { journalId: 'j2', merchantId: 'm', account: 'escrow', amount: 5, ticketId: null }] }));
    expect(report.ok).toBe(false);
    expect(report.unbalancedJournalCount).toBe(1);
    expect(report.violations).toEqual(expect.arrayContaining([expect.stringMatching(/journal j2 does not balance/), expect.stringMatching(/sums to 5/)]));
  });

  it('catch a kept balance that differs from its entries', () => {
    const report = checkInvariants(snapshot({ balances: [{ merchantId: 'm', account: 'escrow', balance: 900 }, { merchantId: 'm', account: 'processor_clearing', balance: -1000 }] }));
    expect(report.violations).toEqual([expect.stringMatching(/balance of m\/escrow is 900 but its entries sum to 1000/)]);
  });

  it('catch escrow that does not equal the face value of unredeemed, unreturned vouchers, per ticket too', () => {
    const redeemed = { ticket: ticket({ path: [placed('escrow')] }), captured: true, usages: [usage('redemption')] };
    const report = checkInvariants(snapshot({ tickets: [redeemed] }));
    expect(report.violations).toEqual(
      expect.arrayContaining([expect.stringMatching(/escrow holds 1000 but the escrowed vouchers' face value is 0/), expect.stringMatching(/ticket ticket-1 has 1000 in escrow, expected 0/)]),
    );
  });

  it('a return the merchant settles (R11) does not release escrow by itself', () => {
    const merchantReturn = { ticket: ticket({ path: [placed('escrow')] }), captured: true, usages: [usage('return', {}, { refund: 'merchant' })] };
    expect(checkInvariants(snapshot({ tickets: [merchantReturn] })).ok).toBe(true);
  });

  it('catch payables and payouts out of step with merchant_payable and merchant_paid', () => {
    const report = checkInvariants(
      snapshot({
        payouts: [{ id: 'po', merchantId: 'm', payoutDate: '2026-03-09', amount: 10, payableCount: 1, journalId: 'x', paidAt: 'now' }],
      }),
    );
    expect(report.violations).toEqual([expect.stringMatching(/merchant_paid is 0 but the payouts come to 10/)]);
  });
});
