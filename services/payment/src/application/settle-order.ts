import type { WriteOperation } from '@ecticket/platform';
import { capturePayment, voidPayment, type VoidReason } from '../domain/payment';
import { transitionOperations } from './commit';
import { paymentOfOrder } from './lookups';
import type { PaymentDeps } from './ports';

/*
 * What the issuance service's outcomes do to the order's payment. Each returns the writes to commit
 * with the event's inbox row (the caller's consumeOnce), after the processor agreed; nothing when
 * there is nothing to do: no payment (gift vouchers only), or the step happened already.
 */

export interface IssuedOrder {
  readonly orderId: string;
  readonly captureAmount: number;
}

/** order.issued: capture what the issued tickets are worth, never more than was authorized. */
export async function captureIssuedOrder(deps: PaymentDeps, issued: IssuedOrder): Promise<WriteOperation[]> {
  const payment = await paymentOfOrder(deps, issued.orderId);
  const transition = payment && capturePayment(payment, issued.captureAmount, deps.clock.now());
  if (!payment || !transition) return [];
  await deps.processor.capture(payment, transition.payment.capturedAmount);
  deps.logger.info({ paymentId: payment.id, orderId: payment.orderId, amount: transition.payment.capturedAmount }, 'captured at the processor');
  return transitionOperations(deps, payment, transition);
}

export interface AbandonedOrder {
  readonly orderId: string;
  readonly reason: VoidReason;
}

/** order.abandoned (R9, or R10 when the issuance window passed): the authorization is voided. */
export async function voidAbandonedOrder(deps: PaymentDeps, abandoned: AbandonedOrder): Promise<WriteOperation[]> {
  const payment = await paymentOfOrder(deps, abandoned.orderId);
  const transition = payment && voidPayment(payment, abandoned.reason, deps.clock.now());
  if (!payment || !transition) return [];
  // Only an authorization holds money at the processor; a payment still pending just closes.
  if (transition.payment.status === 'voided') await deps.processor.void(payment);
  deps.logger.info({ paymentId: payment.id, orderId: payment.orderId, status: transition.payment.status, reason: abandoned.reason }, 'payment of an abandoned order closed');
  return transitionOperations(deps, payment, transition);
}
