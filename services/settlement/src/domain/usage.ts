import { failedPrecondition, invalidArgument } from '@ecticket/platform';

/**
 * A usage is what the bank sync reports about a ticket (R30): a redemption or a return made by
 * staff, or the end of a pickup voucher's guarantee period with the voucher unused (R7).
 */
export const usageKinds = ['redemption', 'return', 'guarantee_expiry'] as const;
export type UsageKind = (typeof usageKinds)[number];
/** What staff do, report (R21) and may cancel before the bank sync (R30). */
export type StaffUsageKind = Exclude<UsageKind, 'guarantee_expiry'>;
export const staffUsageKinds: readonly StaffUsageKind[] = ['redemption', 'return'];

export type TicketType = 'pickup_voucher' | 'gift_voucher';
/** Who gives a returned ticket's money back (R11): the card (inside the guarantee period) or the merchant. */
export type RefundRoute = 'card' | 'merchant' | 'none';

/**
 * pending → synced (the bank sync made it final) | cancelled (R30). Gift vouchers hold no escrow,
 * so their usages are never reported to the bank.
 */
export type BankStatus = 'pending' | 'synced' | 'cancelled' | 'not_reported';

/** The staff member who made the usage (R21). */
export interface Operator {
  readonly accountId: string;
  readonly accountName: string;
  readonly branchId: string | null;
  readonly branchName: string | null;
  readonly branchCode: string | null;
}

/** What the usage's own event told. */
export interface UsageRecord {
  /** The issuer of the ticket, who is paid for it. */
  readonly merchantId: string;
  readonly orderId: string;
  readonly ticketNumber: string;
  readonly productId: string;
  readonly ticketType: TicketType;
  readonly faceValue: number;
  readonly occurredAt: string;
  /** Returns only. */
  readonly refund: RefundRoute | null;
  readonly reason: string;
  /** null: the system (a guarantee expiry). */
  readonly operator: Operator | null;
  /** R18: the redeemable store (another merchant) that redeemed the issuer's ticket; null: the issuer itself. Missing in records older than it. */
  readonly usedByMerchantId?: string | null;
}

export interface Usage {
  /** The redemption id, the return id, or a generated id for a guarantee expiry. */
  readonly id: string;
  readonly kind: UsageKind;
  readonly ticketId: string;
  /** null until the usage's own event arrived: its cancellation (claim or event) may come first. */
  readonly record: UsageRecord | null;
  readonly bank: BankStatus;
  /** Undone: by its cancellation event (R30), or a guarantee expiry overtaken by a return made inside the guarantee period. */
  readonly reversed: boolean;
  readonly batchId: string | null;
  readonly syncedAt: string | null;
  readonly cancelledAt: string | null;
  /** A return's card refund was paid. */
  readonly refundPaidAt: string | null;
}

export interface UsageRef {
  readonly id: string;
  readonly kind: UsageKind;
  readonly ticketId: string;
}

/** A usage as its event tells it; onto a usage already cancelled (claimed first), only the record is added. */
export function recordUsage(existing: Usage | null, ref: UsageRef, record: UsageRecord): Usage {
  if (existing) return { ...assertSameUsage(existing, ref), record: existing.record ?? record };
  return {
    ...ref,
    record,
    bank: record.ticketType === 'pickup_voucher' ? 'pending' : 'not_reported',
    reversed: false,
    batchId: null,
    syncedAt: null,
    cancelledAt: null,
    refundPaidAt: null,
  };
}

/**
 * The usage's cancellation event (R30): it is undone and never reported. A usage not heard of yet
 * is kept as cancelled, so its late event cannot make it pending. After the bank sync nothing may
 * be cancelled: the redemption service claims the cancellation first (ClaimCancellation), so this
 * only happens when that step was skipped.
 */
export function cancelUsage(existing: Usage | null, ref: UsageRef, at: Date): Usage {
  const usage = existing ? assertSameUsage(existing, ref) : unrecordedCancellation(ref, at);
  if (usage.bank === 'synced') throw alreadySynced(usage);
  return { ...usage, reversed: true, bank: cancelledStatus(usage.bank), cancelledAt: usage.cancelledAt ?? at.toISOString() };
}

export type ClaimOutcome = 'claimed' | 'already_claimed';

/** ClaimCancellation (R30, T14): a pending usage may still be cancelled; a synced one no more. */
export function claimCancellation(usage: Usage, ref: UsageRef): ClaimOutcome {
  assertSameUsage(usage, ref);
  if (usage.bank === 'synced') throw alreadySynced(usage);
  return usage.bank === 'cancelled' ? 'already_claimed' : 'claimed';
}

/** A claim for a usage whose event has not arrived: recorded as cancelled, still to be undone by its event. */
export function unrecordedCancellation(ref: UsageRef, at: Date): Usage {
  return { ...ref, record: null, bank: 'cancelled', reversed: false, batchId: null, syncedAt: null, cancelledAt: at.toISOString(), refundPaidAt: null };
}

function cancelledStatus(bank: BankStatus): BankStatus {
  return bank === 'pending' ? 'cancelled' : bank;
}

function assertSameUsage(usage: Usage, ref: UsageRef): Usage {
  if (usage.ticketId !== ref.ticketId || usage.kind !== ref.kind) {
    throw invalidArgument('USAGE_MISMATCH', `Usage ${ref.id} is a ${usage.kind} of ticket ${usage.ticketId}.`, { usageId: ref.id });
  }
  return usage;
}

function alreadySynced(usage: Usage) {
  return failedPrecondition('ALREADY_SYNCED_TO_BANK', 'This usage has been synced to the bank; it can no longer be cancelled (R30).', {
    usageId: usage.id,
    batchId: usage.batchId,
    syncedAt: usage.syncedAt,
  });
}

/** A usage in force: its event arrived and nothing undid it. */
export type EffectiveUsage = Usage & { readonly record: UsageRecord };

export function isEffective<T extends Usage>(usage: T): usage is T & EffectiveUsage {
  return usage.record !== null && !usage.reversed;
}

/** The most recent usage in force of these kinds (events may arrive in any order: their own times decide). */
export function latestEffective(usages: readonly Usage[], kinds: readonly UsageKind[]): EffectiveUsage | null {
  return usages
    .filter(isEffective)
    .filter((usage) => kinds.includes(usage.kind))
    .reduce<EffectiveUsage | null>((latest, usage) => (latest === null || isLater(usage, latest) ? usage : latest), null);
}

function isLater(usage: EffectiveUsage, than: EffectiveUsage): boolean {
  const [a, b] = [usage.record.occurredAt, than.record.occurredAt];
  return a === b ? usage.id > than.id : a > b;
}

/** A return refunded to the buyer's card (R11), still in force. */
export function isCardReturn(usage: Usage): boolean {
  return usage.kind === 'return' && isEffective(usage) && usage.record.refund === 'card';
}

/** A return past the guarantee period: the merchant refunds the buyer itself (R11); a memo, no platform money moves. */
export function isMerchantSettledReturn<T extends Usage>(usage: T): usage is T & EffectiveUsage {
  return usage.kind === 'return' && isEffective(usage) && usage.record.refund === 'merchant' && usage.record.ticketType === 'pickup_voucher';
}

/** R22.1: a branch-bound operator shows as its branch's name and code; head office by its own name. */
export function operatorLabel(operator: Operator | null): string {
  if (operator === null) return 'system';
  if (operator.branchId === null) return operator.accountName;
  return `${operator.branchName ?? ''} (${operator.branchCode ?? ''})`;
}

/** A guarantee expiry overtaken by a return made inside the guarantee period: undone, never reported. */
export function supersede(usage: Usage, at: Date): Usage {
  return { ...usage, reversed: true, bank: cancelledStatus(usage.bank), cancelledAt: at.toISOString() };
}
