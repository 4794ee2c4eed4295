import { historyEntry, systemActor } from './actor';
import type { AbandonReason, Order } from './order';

/** The payment service's report that the buyer's card was authorised for the order. */
export interface Authorization {
  readonly paymentId: string;
  readonly amount: number;
  readonly processor: string;
  readonly authorizedAt: string;
}

export type PaymentOutcome =
  | { readonly kind: 'applied'; readonly order: Order }
  /** Nothing changes; `reason` says why, for the log. */
  | { readonly kind: 'ignored'; readonly reason: 'already_applied' | 'wrong_state' | 'amount_mismatch' };

/** awaiting_payment → authorized: the order is paid (R8: its items and amount are final from here). */
export function recordAuthorization(order: Order, authorization: Authorization, now: Date): PaymentOutcome {
  if (order.payment?.paymentId === authorization.paymentId && order.state !== 'awaiting_payment') return { kind: 'ignored', reason: 'already_applied' };
  if (order.state !== 'awaiting_payment' || order.payment === null) return { kind: 'ignored', reason: 'wrong_state' };
  if (authorization.amount !== order.amount) return { kind: 'ignored', reason: 'amount_mismatch' };
  return {
    kind: 'applied',
    order: {
      ...order,
      state: 'authorized',
      payment: {
        ...order.payment,
        paymentId: authorization.paymentId,
        status: 'authorized',
        processor: authorization.processor,
        authorizedAt: authorization.authorizedAt,
        lastFailure: null,
      },
      history: [...order.history, historyEntry('payment.authorized', systemActor, now, authorization.paymentId)],
    },
  };
}

/**
 * A failed attempt leaves the order awaiting payment, so the buyer may try again. An order abandoned
 * before it was paid records its payment's closing the same way.
 */
export function recordPaymentFailure(order: Order, failure: { readonly paymentId: string; readonly reason: string }, now: Date): PaymentOutcome {
  if (order.payment === null) return { kind: 'ignored', reason: 'wrong_state' };
  const closedUnpaid = order.state === 'voided' && order.payment.status === 'pending';
  if (order.state !== 'awaiting_payment' && !closedUnpaid) return { kind: 'ignored', reason: 'wrong_state' };
  return {
    kind: 'applied',
    order: {
      ...order,
      payment: { ...order.payment, paymentId: failure.paymentId, status: 'failed', lastFailure: failure.reason },
      history: [...order.history, historyEntry('payment.failed', systemActor, now, failure.reason)],
    },
  };
}

/**
 * The authorization was voided: the buyer is never charged. Normally the answer to our own
 * abandonment; a void the payment side decided alone voids the order too.
 */
export function recordVoid(order: Order, void_: { readonly reason: AbandonReason; readonly voidedAt: string }, now: Date): PaymentOutcome {
  if (order.payment === null || order.payment.status === 'voided') return { kind: 'ignored', reason: 'already_applied' };
  if (order.state !== 'authorized' && order.state !== 'voided') return { kind: 'ignored', reason: 'wrong_state' };
  return {
    kind: 'applied',
    order: {
      ...order,
      state: 'voided',
      abandonment: order.abandonment ?? { reason: void_.reason, at: void_.voidedAt },
      payment: { ...order.payment, status: 'voided', voidedAt: void_.voidedAt },
      history: [...order.history, historyEntry('payment.voided', systemActor, now, void_.reason)],
    },
  };
}
