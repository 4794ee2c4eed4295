import type { TicketFacts } from './escrow';
import { sumOf, type LedgerAccount } from './ledger';
import type { Payable, Payout } from './payout';
import { isCardReturn, isEffective, type Usage } from './usage';

/**
 * T13: the ledger's invariants, checked over a snapshot of it: every journal balances and the whole
 * ledger sums to zero; every kept balance equals the sum of its entries; escrow holds exactly the
 * face value of the captured pickup vouchers nobody redeemed, returned to the card or released at
 * guarantee end (per ticket too); merchant_payable equals the open payables and merchant_paid the
 * payouts. The escrow expectation is worked out from the facts directly, not from the settlement
 * paths, so it checks them.
 */
export interface EntryFigure {
  readonly journalId: string;
  readonly merchantId: string;
  readonly account: LedgerAccount;
  readonly amount: number;
  readonly ticketId: string | null;
}

export interface BalanceFigure {
  readonly merchantId: string;
  readonly account: LedgerAccount;
  readonly balance: number;
}

export interface LedgerSnapshot {
  readonly entries: readonly EntryFigure[];
  readonly balances: readonly BalanceFigure[];
  readonly tickets: readonly TicketFacts[];
  readonly payables: readonly Payable[];
  readonly payouts: readonly Payout[];
}

export interface InvariantReport {
  readonly ok: boolean;
  readonly violations: readonly string[];
  readonly ledgerSum: number;
  readonly journalCount: number;
  readonly unbalancedJournalCount: number;
  readonly escrowBalance: number;
  readonly escrowedFaceValue: number;
  readonly escrowedTicketCount: number;
  readonly merchantPayableBalance: number;
  readonly openPayables: number;
  readonly merchantPaidBalance: number;
  readonly payoutsTotal: number;
  readonly buyerRefundPayableBalance: number;
}

export function checkInvariants(snapshot: LedgerSnapshot): InvariantReport {
  const violations: string[] = [];
  const accountTotal = (account: LedgerAccount) => sumOf(snapshot.entries.filter((entry) => entry.account === account).map((entry) => entry.amount));

  const journals = totalsBy(snapshot.entries, (entry) => entry.journalId);
  const unbalanced = [...journals].filter(([, total]) => total !== 0);
  for (const [journalId, total] of unbalanced) violations.push(`journal ${journalId} does not balance: its lines sum to ${total}`);
  const ledgerSum = sumOf(snapshot.entries.map((entry) => entry.amount));
  if (ledgerSum !== 0) violations.push(`the ledger sums to ${ledgerSum}, not 0`);
  violations.push(...balanceViolations(snapshot));

  const escrowed = snapshot.tickets.filter(isHeldInEscrow);
  const escrowedFaceValue = sumOf(escrowed.map((facts) => facts.ticket.faceValue));
  const escrowBalance = accountTotal('escrow');
  if (escrowBalance !== escrowedFaceValue) violations.push(`escrow holds ${escrowBalance} but the escrowed vouchers' face value is ${escrowedFaceValue}`);
  violations.push(...ticketEscrowViolations(snapshot));

  const merchantPayableBalance = accountTotal('merchant_payable');
  const openPayables = sumOf(snapshot.payables.filter((payable) => payable.status === 'open').map((payable) => payable.amount));
  if (merchantPayableBalance !== openPayables) violations.push(`merchant_payable is ${merchantPayableBalance} but the open payables come to ${openPayables}`);
  const merchantPaidBalance = accountTotal('merchant_paid');
  const payoutsTotal = sumOf(snapshot.payouts.map((payout) => payout.amount));
  if (merchantPaidBalance !== payoutsTotal) violations.push(`merchant_paid is ${merchantPaidBalance} but the payouts come to ${payoutsTotal}`);

  return {
    ok: violations.length === 0,
    violations,
    ledgerSum,
    journalCount: journals.size,
    unbalancedJournalCount: unbalanced.length,
    escrowBalance,
    escrowedFaceValue,
    escrowedTicketCount: escrowed.length,
    merchantPayableBalance,
    openPayables,
    merchantPaidBalance,
    payoutsTotal,
    buyerRefundPayableBalance: accountTotal('buyer_refund_payable'),
  };
}

/** Captured, and neither redeemed, returned to the card nor released at guarantee end. */
function isHeldInEscrow(facts: TicketFacts): boolean {
  const { ticket } = facts;
  const releasedBy = (usage: Usage) => isEffective(usage) && (usage.kind !== 'return' || isCardReturn(usage));
  return ticket.ticketType === 'pickup_voucher' && ticket.faceValue > 0 && facts.captured && !facts.usages.some(releasedBy);
}

function balanceViolations(snapshot: LedgerSnapshot): string[] {
  const key = (merchantId: string, account: string) => `${merchantId}/${account}`;
  const fromEntries = totalsBy(snapshot.entries, (entry) => key(entry.merchantId, entry.account));
  const kept = new Map(snapshot.balances.map((row) => [key(row.merchantId, row.account), row.balance]));
  return [...new Set([...fromEntries.keys(), ...kept.keys()])]
    .filter((name) => (kept.get(name) ?? Number.NaN) !== (fromEntries.get(name) ?? 0))
    .map((name) => `the balance of ${name} is ${kept.get(name) ?? 'missing'} but its entries sum to ${fromEntries.get(name) ?? 0}`);
}

function ticketEscrowViolations(snapshot: LedgerSnapshot): string[] {
  const escrowByTicket = totalsBy(
    snapshot.entries.filter((entry) => entry.account === 'escrow'),
    (entry) => entry.ticketId ?? '(none)',
  );
  return snapshot.tickets.flatMap((facts) => {
    const expected = isHeldInEscrow(facts) ? facts.ticket.faceValue : 0;
    const actual = escrowByTicket.get(facts.ticket.id) ?? 0;
    return actual === expected ? [] : [`ticket ${facts.ticket.id} has ${actual} in escrow, expected ${expected}`];
  });
}

function totalsBy<T extends { readonly amount: number }>(rows: readonly T[], keyOf: (row: T) => string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(keyOf(row), (totals.get(keyOf(row)) ?? 0) + row.amount);
  return totals;
}
