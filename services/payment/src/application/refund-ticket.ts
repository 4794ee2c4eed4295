import { DuplicateKeyError, conflict, updateOperation } from '@ecticket/platform';
import type { Payment } from '../domain/payment';
import { assertSameRefund, completeRefund, refundIdOf, requestRefund, type Refund } from '../domain/refund';
import { refunds } from '../infrastructure/collections';
import { commit, retryOnConflict } from './commit';
import { requirePayment, requirePaymentOfOrder } from './lookups';
import type { PaymentDeps } from './ports';

/** How long an attempt holds a refund's claim: longer than one processor call may take. */
const CLAIM_LEASE_MS = 2 * 60 * 1000;

export interface RefundTicketInput {
  readonly orderId: string;
  readonly ticketId: string;
  readonly amount: number;
  readonly reason: string;
}

export interface RefundResult {
  readonly refund: Refund;
  readonly payment: Payment;
}

/**
 * R11: gives back the money of one returned ticket. Idempotent per ticket: a repeated call returns
 * the refund made; while another attempt is asking the processor, REFUND_IN_PROGRESS (retry later),
 * so the processor is never asked twice at once.
 */
export async function refundTicket(deps: PaymentDeps, input: RefundTicketInput): Promise<RefundResult> {
  const payment = await requirePaymentOfOrder(deps, input.orderId);
  const claim = await claimRefund(deps, payment, input);
  if (claim.status === 'refunded') return { refund: claim, payment };
  await deps.processor.refund(payment, claim);
  return retryOnConflict(() => recordRefund(deps, payment.id, claim));
}

/** The ticket's refund claimed for this attempt, or the refund already made. */
async function claimRefund(deps: PaymentDeps, payment: Payment, input: RefundTicketInput): Promise<Refund> {
  const now = deps.clock.now();
  const collection = deps.store.collection(refunds);
  const existing = await collection.get(refundIdOf(payment.id, input.ticketId));
  if (!existing) return insertClaim(deps, requestRefund(payment, input, now));
  assertSameRefund(existing, input.amount);
  if (existing.status === 'refunded') return existing;
  // A claim outlives its lease only when its attempt died or failed at the processor: take it over.
  const lapsed = Date.parse(existing.requestedAt) + CLAIM_LEASE_MS <= now.getTime();
  const claim = { id: existing.id, status: 'requested', requestedAt: existing.requestedAt };
  const taken = lapsed ? await collection.updateOne(claim, { $set: { requestedAt: now.toISOString() } }) : null;
  if (!taken) throw refundInProgress();
  return taken;
}

async function insertClaim(deps: PaymentDeps, refund: Refund): Promise<Refund> {
  try {
    return await deps.store.collection(refunds).insert(refund);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw refundInProgress();
    throw error;
  }
}

/** The processor agreed: the refund, the payment's totals and the event, in one write. */
async function recordRefund(deps: PaymentDeps, paymentId: string, claim: Refund): Promise<RefundResult> {
  const payment = await requirePayment(deps, paymentId);
  const current = await deps.store.collection(refunds).get(claim.id);
  if (current?.status === 'refunded') return { refund: current, payment };
  const { transition, refund } = completeRefund(payment, claim, deps.clock.now());
  const done = updateOperation(refunds, { id: claim.id, status: 'requested' }, { $set: { status: 'refunded', refundedAt: refund.refundedAt } });
  await commit(deps, payment, transition, [done]);
  deps.logger.info({ paymentId, refundId: refund.id, ticketId: refund.ticketId, amount: refund.amount }, 'ticket refunded');
  return { refund, payment: transition.payment };
}

function refundInProgress() {
  return conflict('REFUND_IN_PROGRESS', "This ticket's refund is being made by another request; ask again shortly.");
}
