import { creditOf, debitOf, journal, reversalOf, sumOf, transfer } from '../../src/domain/ledger';

const subject = { merchantId: 'm', orderId: 'o', ticketId: 't', usageId: null, payoutId: null };

describe('the double-entry ledger', () => {
  it('a transfer debits the account the money goes to and credits the one it leaves', () => {
    expect(transfer(500, 'processor_clearing', 'escrow')).toEqual([
      { account: 'escrow', amount: 500 },
      { account: 'processor_clearing', amount: -500 },
    ]);
  });

  it('a journal must balance, with non-zero integer lines', () => {
    const base = { id: 'j', kind: 'escrow_hold' as const, subject, postedAt: '2026-03-02T01:00:00.000Z' };
    expect(() => journal({ ...base, lines: [{ account: 'escrow', amount: 500 }, { account: 'processor_clearing', amount: -400 }] })).toThrow(/balance/);
    expect(() => journal({ ...base, lines: [{ account: 'escrow', amount: 0 }, { account: 'processor_clearing', amount: 0 }] })).toThrow();
    expect(() => journal({ ...base, lines: [{ account: 'escrow', amount: 0.5 }, { account: 'processor_clearing', amount: -0.5 }] })).toThrow();
    expect(journal({ ...base, lines: transfer(500, 'processor_clearing', 'escrow') }).reversesJournalId).toBeNull();
  });

  it('a reversal negates every line of the original and names it: entries are never edited', () => {
    const original = journal({ id: 'j1', kind: 'redemption', subject, lines: transfer(800, 'escrow', 'merchant_payable'), postedAt: 'then' });
    const reversal = reversalOf(original, 'j2', 'now');
    expect(reversal).toEqual({
      id: 'j2',
      kind: 'redemption',
      subject,
      lines: [
        { account: 'merchant_payable', amount: -800 },
        { account: 'escrow', amount: 800 },
      ],
      reversesJournalId: 'j1',
      postedAt: 'now',
    });
    expect(sumOf([...original.lines, ...reversal.lines].map((line) => line.amount))).toBe(0);
  });

  it('splits a signed amount into debit and credit', () => {
    expect([debitOf(300), creditOf(300), debitOf(-300), creditOf(-300)]).toEqual([300, 0, 0, 300]);
  });
});
