/**
 * The double-entry ledger. A journal is one movement of money: lines whose amounts sum to zero,
 * a positive amount being a debit and a negative one a credit. An account's balance is the sum of
 * its lines, so a ledger made of balanced journals always sums to zero. Journals are never edited:
 * a movement is undone by its reversal, a new journal with every line negated.
 */
export const ledgerAccounts = ['processor_clearing', 'escrow', 'merchant_payable', 'merchant_paid', 'buyer_refund_payable'] as const;
export type LedgerAccount = (typeof ledgerAccounts)[number];

export const journalKinds = ['escrow_hold', 'redemption', 'guarantee_expiry', 'return_refund', 'refund_paid', 'payout'] as const;
export type JournalKind = (typeof journalKinds)[number];

export interface JournalLine {
  readonly account: LedgerAccount;
  /** Debit when positive, credit when negative; never zero. */
  readonly amount: number;
}

/** What a journal is about; every line of it carries these. */
export interface JournalSubject {
  readonly merchantId: string;
  readonly orderId: string | null;
  /** Set on every escrow line: the escrow account's sub-ledger per ticket. */
  readonly ticketId: string | null;
  /** The redemption, return or guarantee expiry that moved the money. */
  readonly usageId: string | null;
  readonly payoutId: string | null;
}

export interface Journal {
  readonly id: string;
  readonly kind: JournalKind;
  readonly subject: JournalSubject;
  readonly lines: readonly JournalLine[];
  readonly reversesJournalId: string | null;
  readonly postedAt: string;
}

/** The lines of `amount` leaving `from` for `to`. */
export function transfer(amount: number, from: LedgerAccount, to: LedgerAccount): JournalLine[] {
  return [
    { account: to, amount },
    { account: from, amount: -amount },
  ];
}

export function journal(input: Omit<Journal, 'reversesJournalId'>): Journal {
  assertBalanced(input.lines);
  return { ...input, reversesJournalId: null };
}

/** Undoes `original` by a new journal of the same kind and subject with every line negated. */
export function reversalOf(original: Omit<Journal, 'postedAt' | 'reversesJournalId'>, id: string, postedAt: string): Journal {
  return {
    id,
    kind: original.kind,
    subject: original.subject,
    lines: original.lines.map((line) => ({ account: line.account, amount: -line.amount })),
    reversesJournalId: original.id,
    postedAt,
  };
}

export function debitOf(amount: number): number {
  return Math.max(amount, 0);
}

export function creditOf(amount: number): number {
  return Math.max(-amount, 0);
}

/** A programming error, not a refusal: the rules above never build an unbalanced journal. */
function assertBalanced(lines: readonly JournalLine[]): void {
  if (lines.length < 2 || lines.some((line) => !Number.isSafeInteger(line.amount) || line.amount === 0)) {
    throw new Error('a journal needs at least two non-zero integer lines');
  }
  if (sumOf(lines.map((line) => line.amount)) !== 0) throw new Error('a journal must balance: its debits must equal its credits');
}

export function sumOf(amounts: readonly number[]): number {
  return amounts.reduce((total, amount) => total + amount, 0);
}
