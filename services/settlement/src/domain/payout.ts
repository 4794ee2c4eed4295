import { addDays, taiwanDateOf, type CalendarDate } from './calendar';
import { journal, sumOf, transfer, type Journal } from './ledger';
import type { SettlementTicket } from './ticket';
import type { EffectiveUsage } from './usage';

/**
 * What the merchant is owed for one released ticket (R6, R7), due after its payout days. It is
 * paid out only once its usage was synced to the bank: before that the usage may still be
 * cancelled (R30) and the release reversed.
 */
export interface Payable {
  /** The id of the journal that released the money. */
  readonly id: string;
  readonly merchantId: string;
  readonly orderId: string;
  readonly ticketId: string;
  readonly usageId: string;
  readonly amount: number;
  readonly dueDate: CalendarDate;
  readonly status: 'open' | 'void' | 'paid';
  /** Its usage was synced to the bank: the release is final. */
  readonly final: boolean;
  readonly payoutId: string | null;
  readonly createdAt: string;
}

/** One payment of a merchant's due payables, at most one per merchant and day. */
export interface Payout {
  readonly id: string;
  readonly merchantId: string;
  readonly payoutDate: CalendarDate;
  readonly amount: number;
  readonly payableCount: number;
  readonly journalId: string;
  readonly paidAt: string;
}

export function payableOf(ticket: SettlementTicket, usage: EffectiveUsage, journalId: string, payoutDays: number, now: Date): Payable {
  return {
    id: journalId,
    merchantId: ticket.merchantId,
    orderId: ticket.orderId,
    ticketId: ticket.id,
    usageId: usage.id,
    amount: ticket.faceValue,
    dueDate: payableDueDate(usage.record.occurredAt, ticket.issue?.guaranteeEndsAt ?? null, payoutDays),
    status: 'open',
    final: usage.bank === 'synced',
    payoutId: null,
    createdAt: now.toISOString(),
  };
}

/**
 * R6, R7: payout days counted from the day the money became the merchant's, which is the
 * redemption or the guarantee's end, whichever came first (a voucher may be redeemed after its
 * guarantee ended and before the expiry job released it).
 */
export function payableDueDate(occurredAt: string, guaranteeEndsAt: string | null, payoutDays: number): CalendarDate {
  const from = guaranteeEndsAt !== null && guaranteeEndsAt < occurredAt ? guaranteeEndsAt : occurredAt;
  return addDays(taiwanDateOf(new Date(from)), payoutDays);
}

export function isDue(payable: Payable, today: CalendarDate): boolean {
  return payable.status === 'open' && payable.final && payable.dueDate <= today;
}

export interface PayoutIds {
  readonly payoutId: string;
  readonly journalId: string;
}

/** merchant_payable → merchant_paid for every payable given, as one payout and one journal. */
export function payoutOf(merchantId: string, payoutDate: CalendarDate, payables: readonly Payable[], ids: PayoutIds, now: Date): { payout: Payout; journal: Journal } {
  const amount = sumOf(payables.map((payable) => payable.amount));
  const paidAt = now.toISOString();
  return {
    payout: { id: ids.payoutId, merchantId, payoutDate, amount, payableCount: payables.length, journalId: ids.journalId, paidAt },
    journal: journal({
      id: ids.journalId,
      kind: 'payout',
      subject: { merchantId, orderId: null, ticketId: null, usageId: null, payoutId: ids.payoutId },
      lines: transfer(amount, 'merchant_payable', 'merchant_paid'),
      postedAt: paidAt,
    }),
  };
}
