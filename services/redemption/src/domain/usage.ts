import { assertBranchAllowed } from './access';
import type { Cancellation, Redemption, Refund, TicketReturn, UseRecord } from './records';
import { alreadyCancelled, alreadyRedeemed, cancellationInProgress, cancelNotAllowedForGiftVoucher, expired, notYetUsable, returned } from './refusals';
import { operatorOf, type Staff } from './staff';
import type { TicketUsage } from './ticket';

/** The transitions of a ticket's usage. Each returns the usage after it; the caller commits it as one compare-and-set. */

export interface Act {
  readonly staff: Staff;
  readonly now: Date;
}

function isPastExpiry(usage: TicketUsage, now: Date): boolean {
  return usage.expiresAt !== null && usage.expiresAt <= now.toISOString();
}

/** R28 with its refusals, R22.3 and R31. The caller has checked the staff's merchant may redeem it (R18). */
export function redeem(usage: TicketUsage, act: Act & { readonly id: string }): { usage: TicketUsage; redemption: Redemption } {
  assertUnused(usage, act.now);
  if (usage.usableFrom !== null && act.now.toISOString() < usage.usableFrom) throw notYetUsable(usage);
  assertBranchAllowed(usage, act.staff, 'redemption');
  const redemption: Redemption = { kind: 'redemption', ...newRecordFields(usage, act) };
  return { usage: inUse(usage, redemption), redemption };
}

/** R29 with R22.4 and R31; the refund follows R11. Only the issuer returns: the caller has checked. */
export function returnTicket(
  usage: TicketUsage,
  act: Act & { readonly id: string; readonly reason: string },
): { usage: TicketUsage; ticketReturn: TicketReturn } {
  assertUnused(usage, act.now);
  assertBranchAllowed(usage, act.staff, 'return');
  const ticketReturn: TicketReturn = { kind: 'return', ...newRecordFields(usage, act), reason: act.reason, refund: refundOf(usage, act.now) };
  return { usage: inUse(usage, ticketReturn), ticketReturn };
}

/**
 * R11: a pickup voucher returned inside its guarantee period is refunded to the buyer's card;
 * past it the merchant settles with the buyer. Nothing was paid for a gift voucher.
 */
export function refundOf(usage: TicketUsage, now: Date): Refund {
  if (usage.ticket.ticketType === 'gift_voucher') return 'none';
  return usage.guaranteeEndsAt !== null && now.toISOString() < usage.guaranteeEndsAt ? 'card' : 'merchant';
}

/**
 * R30, first step: a mistaken redemption or return of a pickup voucher is to be undone. The ticket
 * stays as it is, holding the cancellation (who, when, why: R21) as pending, until settlement has
 * either promised never to sync the use to the bank (completeCancellation) or refused because the
 * bank sync came first (withdrawCancellation).
 */
export function requestCancellation(record: UseRecord, usage: TicketUsage, act: Act & { readonly reason: string }): TicketUsage {
  if (record.ticket.ticketType === 'gift_voucher') throw cancelNotAllowedForGiftVoucher();
  if (record.cancellation !== null) throw alreadyCancelled(record.kind);
  if (usage.pendingCancellation) throw cancellationInProgress(usage);
  assertHeldBy(usage, record);
  return { ...usage, pendingCancellation: { at: act.now.toISOString(), reason: act.reason, operator: operatorOf(act.staff) } };
}

/** R30, last step: settlement holds the use as cancelled. The record keeps the cancellation as it was asked for; the ticket is unused again. */
export function completeCancellation<R extends UseRecord>(record: R, usage: TicketUsage, now: Date): { record: R; usage: TicketUsage } {
  const cancellation = pendingCancellationOf(usage);
  assertHeldBy(usage, record);
  return {
    record: { ...record, cancellation },
    usage: { ...usage, state: 'unused', stateChangedAt: now.toISOString(), current: null, pendingCancellation: null },
  };
}

/** R30: settlement refused, the use being synced to the bank already; the ticket stays redeemed or returned. */
export function withdrawCancellation(usage: TicketUsage): TicketUsage {
  pendingCancellationOf(usage);
  return { ...usage, pendingCancellation: null };
}

/** The cancellation `usage` holds pending for `record` (R30); null when none is, or it is another record's. */
export function pendingCancellationFor(usage: TicketUsage, record: UseRecord): Cancellation | null {
  if (!usage.pendingCancellation || record.cancellation !== null) return null;
  return usage.current?.kind === record.kind && usage.current.id === record.id ? usage.pendingCancellation : null;
}

function pendingCancellationOf(usage: TicketUsage): Cancellation {
  if (!usage.pendingCancellation) throw new Error(`ticket ${usage.id} has no pending cancellation`);
  return usage.pendingCancellation;
}

function assertHeldBy(usage: TicketUsage, record: UseRecord): void {
  if (usage.current?.id !== record.id) throw new Error(`ticket ${usage.id} is not held by ${record.kind} ${record.id}`);
}

/** unused → expired, once past its expiry date. */
export function expire(usage: TicketUsage, now: Date): TicketUsage {
  if (usage.state !== 'unused' || !isPastExpiry(usage, now)) throw new Error(`ticket ${usage.id} cannot expire now`);
  return { ...usage, state: 'expired', stateChangedAt: now.toISOString() };
}

function assertUnused(usage: TicketUsage, now: Date): void {
  if (usage.pendingCancellation) throw cancellationInProgress(usage);
  if (usage.state === 'redeemed') throw alreadyRedeemed(usage.current);
  if (usage.state === 'returned') throw returned(usage.current);
  if (usage.state === 'expired' || isPastExpiry(usage, now)) throw expired(usage);
}

function newRecordFields(usage: TicketUsage, act: Act & { readonly id: string }): Omit<UseRecord, 'kind'> {
  return {
    id: act.id,
    ticket: usage.ticket,
    merchantId: act.staff.merchantId,
    operator: operatorOf(act.staff),
    at: act.now.toISOString(),
    cancellation: null,
  };
}

function inUse(usage: TicketUsage, record: Redemption | TicketReturn): TicketUsage {
  const { id, kind, at, operator } = record;
  const state = kind === 'redemption' ? 'redeemed' : 'returned';
  return { ...usage, state, stateChangedAt: at, current: { kind, id, at, branchName: operator.branchName, branchCode: operator.branchCode } };
}
