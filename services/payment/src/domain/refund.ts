import { createHash } from 'node:crypto';
import { paymentRefundedV1 } from '@ecticket/contracts';
import { conflict, failedPrecondition } from '@ecticket/platform';
import { domainEvent } from './events';
import { MAX_AMOUNT, isCaptured, references, type Payment, type Transition } from './payment';
import { requireId, requireIntegerInRange, requireText } from './validation';

/**
 * The money of one returned ticket given back to the buyer's card (R11), one per ticket:
 * `requested` while the processor is asked (the request holds a claim so that two attempts never
 * ask it twice at once), `refunded` once it agreed.
 */
export interface Refund {
  readonly id: string;
  readonly paymentId: string;
  readonly orderId: string;
  readonly merchantId: string;
  readonly ticketId: string;
  readonly amount: number;
  readonly reason: string;
  readonly status: 'requested' | 'refunded';
  readonly requestedAt: string;
  readonly refundedAt: string | null;
}

export interface RefundRequest {
  readonly ticketId: string;
  readonly amount: number;
  readonly reason: string;
}

/**
 * The same for every attempt at one ticket's refund, so the processor recognises a retried refund
 * instead of paying it twice.
 */
export function refundIdOf(paymentId: string, ticketId: string): string {
  return createHash('sha256').update(`${paymentId}\n${ticketId}`).digest('hex').slice(0, 32);
}

/** A new refund of a ticket, refused unless the payment is captured and enough of the capture is left. */
export function requestRefund(payment: Payment, request: RefundRequest, now: Date): Refund {
  const ticketId = requireId(request.ticketId, 'ticket_id');
  const amount = requireIntegerInRange(request.amount, 'amount', 1, MAX_AMOUNT);
  assertWithinCapture(payment, amount);
  return {
    id: refundIdOf(payment.id, ticketId),
    ...references(payment),
    ticketId,
    amount,
    reason: requireText(request.reason, 'reason', 0, 200),
    status: 'requested',
    requestedAt: now.toISOString(),
    refundedAt: null,
  };
}

/** A repeated refund of a ticket must ask for what the first one did. */
export function assertSameRefund(existing: Refund, amount: number): void {
  if (existing.amount !== amount) {
    throw conflict('REFUND_MISMATCH', 'This ticket has a refund already, for another amount.', { ticketId: existing.ticketId, amount: existing.amount });
  }
}

/**
 * The processor gave the money back: captured/partially_refunded → partially_refunded/refunded.
 * The refunds of a payment never exceed its capture.
 */
export function completeRefund(payment: Payment, refund: Refund, now: Date): { transition: Transition; refund: Refund } {
  assertWithinCapture(payment, refund.amount);
  const refundedAt = now.toISOString();
  const refundedAmount = payment.refundedAmount + refund.amount;
  const status = refundedAmount === payment.capturedAmount ? 'refunded' : 'partially_refunded';
  const { id: refundId, ticketId, amount } = refund;
  return {
    refund: { ...refund, status: 'refunded', refundedAt },
    transition: {
      payment: { ...payment, status, refundedAmount },
      event: domainEvent(paymentRefundedV1, { ...references(payment), refundId, ticketId, amount, refundedAt }),
    },
  };
}

function assertWithinCapture(payment: Payment, amount: number): void {
  if (!isCaptured(payment)) {
    throw failedPrecondition('PAYMENT_NOT_CAPTURED', `The payment is ${payment.status}; only a captured payment can be refunded.`, {
      paymentId: payment.id,
      status: payment.status,
    });
  }
  const remaining = payment.capturedAmount - payment.refundedAmount;
  if (amount > remaining) {
    throw failedPrecondition('REFUND_EXCEEDS_CAPTURE', `A refund of ${amount} exceeds the ${remaining} left of the capture.`, {
      paymentId: payment.id,
      remaining,
      requested: amount,
    });
  }
}
