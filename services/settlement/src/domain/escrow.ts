import { failedPrecondition } from '@ecticket/platform';
import { transfer, type JournalKind, type JournalLine } from './ledger';
import type { SettlementTicket } from './ticket';
import { isCardReturn, isEffective, latestEffective, staffUsageKinds, type EffectiveUsage, type Usage } from './usage';

/**
 * Where a ticket's face value sits, as a path from "not held" down this tree (R4–R7, R11):
 *
 *   none ── escrow ─┬─ merchant               redeemed (R6) or guarantee ended unused (R7)
 *                   └─ refund ── refunded     returned inside the guarantee period; card refund paid
 *
 * Each step is one journal. The path a ticket should be on follows from what is known of it (its
 * order captured, its usages in force), whatever order that became known in; settling moves the
 * money from the path it is on to that one: the steps that differ are undone by reversals, deepest
 * first, then the missing ones taken. So the ledger converges however the events are ordered or
 * repeated.
 */
export type EscrowStep = 'escrow' | 'merchant' | 'refund' | 'refunded';
export type Position = 'none' | EscrowStep;

/** A step the ticket's money has taken, with the journal that took it. */
export interface PlacedStep {
  readonly step: EscrowStep;
  readonly kind: JournalKind;
  readonly journalId: string;
  /** The usage that caused it; null for the escrow hold. */
  readonly usageId: string | null;
  readonly amount: number;
}

/** A step the money should have taken, and the usage that calls for it. */
export interface TargetStep {
  readonly step: EscrowStep;
  readonly usage: EffectiveUsage | null;
}

export interface TicketFacts {
  readonly ticket: SettlementTicket;
  /** The order's payment was captured: its pickup vouchers' money has arrived (R4). */
  readonly captured: boolean;
  readonly usages: readonly Usage[];
}

export interface SettlementPlan {
  /** Steps to undo, deepest first, each by the reversal of its journal. */
  readonly unwind: readonly PlacedStep[];
  /** The steps kept. */
  readonly kept: readonly PlacedStep[];
  /** Steps to take, in order. */
  readonly take: readonly TargetStep[];
  /** Guarantee expiries no longer in force: a return made inside the guarantee period takes precedence. */
  readonly superseded: readonly Usage[];
}

export function positionOf(path: readonly PlacedStep[]): Position {
  return path.at(-1)?.step ?? 'none';
}

export function planSettlement(facts: TicketFacts): SettlementPlan {
  const current = facts.ticket.path;
  const target = targetPath(facts);
  let common = 0;
  while (common < current.length && common < target.length && sameStep(current[common], target[common])) common += 1;
  const unwind = current.slice(common).reverse();
  if (unwind.some((placed) => placed.step === 'refunded')) {
    throw failedPrecondition('REFUND_ALREADY_PAID', "The ticket's card refund was paid; it cannot be undone.", { ticketId: facts.ticket.id });
  }
  const superseded = facts.usages.filter(
    (usage) => usage.kind === 'guarantee_expiry' && isEffective(usage) && !target.some((step) => step.usage?.id === usage.id),
  );
  return { unwind, kept: current.slice(0, common), take: target.slice(common), superseded };
}

/** The path the facts call for. */
export function targetPath(facts: TicketFacts): TargetStep[] {
  if (!isEscrowed(facts)) return [];
  const hold: TargetStep = { step: 'escrow', usage: null };
  const latest = latestEffective(facts.usages, staffUsageKinds);
  const expiry = latestEffective(facts.usages, ['guarantee_expiry']);
  if (latest && isCardReturn(latest)) {
    // The return was made inside the guarantee period, so before any expiry; its event only came late.
    if (expiry?.bank === 'synced') {
      throw failedPrecondition('GUARANTEE_EXPIRY_ALREADY_SYNCED', 'The escrow of this ticket was released and synced before its return arrived.', {
        ticketId: facts.ticket.id,
        returnId: latest.id,
      });
    }
    const refund: TargetStep = { step: 'refund', usage: latest };
    return latest.refundPaidAt === null ? [hold, refund] : [hold, refund, { step: 'refunded', usage: latest }];
  }
  const release = expiry ?? (latest?.kind === 'redemption' ? latest : null);
  return release ? [hold, { step: 'merchant', usage: release }] : [hold];
}

/** R4: a pickup voucher's money is held from its order's capture. Gift vouchers hold nothing. */
function isEscrowed(facts: TicketFacts): boolean {
  return facts.ticket.ticketType === 'pickup_voucher' && facts.ticket.faceValue > 0 && facts.captured;
}

function sameStep(placed: PlacedStep | undefined, target: TargetStep | undefined): boolean {
  return placed !== undefined && target !== undefined && placed.step === target.step && placed.usageId === (target.usage?.id ?? null);
}

/** The journal kind of a step: a release is named after the usage that released the money. */
export function kindOfStep(step: TargetStep): JournalKind {
  switch (step.step) {
    case 'escrow':
      return 'escrow_hold';
    case 'merchant':
      return step.usage?.kind === 'guarantee_expiry' ? 'guarantee_expiry' : 'redemption';
    case 'refund':
      return 'return_refund';
    case 'refunded':
      return 'refund_paid';
  }
}

/** The lines of a step: from its parent's account to its own. */
export function linesOfStep(step: EscrowStep, amount: number): JournalLine[] {
  switch (step) {
    case 'escrow':
      return transfer(amount, 'processor_clearing', 'escrow');
    case 'merchant':
      return transfer(amount, 'escrow', 'merchant_payable');
    case 'refund':
      return transfer(amount, 'escrow', 'buyer_refund_payable');
    case 'refunded':
      return transfer(amount, 'buyer_refund_payable', 'processor_clearing');
  }
}

/** R7: the guarantee period of a voucher still in escrow is over; null when it is not. */
export function guaranteeExpiryOf(ticket: SettlementTicket, usageId: string, now: Date): Usage | null {
  const endsAt = ticket.issue?.guaranteeEndsAt ?? null;
  if (positionOf(ticket.path) !== 'escrow' || endsAt === null || Date.parse(endsAt) > now.getTime()) return null;
  const { merchantId, orderId, ticketNumber, productId, ticketType, faceValue } = ticket;
  return {
    id: usageId,
    kind: 'guarantee_expiry',
    ticketId: ticket.id,
    record: { merchantId, orderId, ticketNumber, productId, ticketType, faceValue, occurredAt: endsAt, refund: null, reason: '', operator: null },
    bank: 'pending',
    reversed: false,
    batchId: null,
    syncedAt: null,
    cancelledAt: null,
    refundPaidAt: null,
  };
}
