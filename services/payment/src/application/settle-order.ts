import { captureIdOf, requestCapture, requestVoid, voidIdOf } from '../domain/money-action';
import { voidPayment, type VoidReason } from '../domain/payment';
import { commit, retryOnConflict } from './commit';
import { paymentOfOrder, requirePayment } from './lookups';
import { assertNotRefused, moveMoney } from './money-actions';
import type { PaymentDeps } from './ports';

/*
 * What the issuance service's outcomes do to the order's payment, idempotent per order: nothing
 * when there is no payment (gift vouchers only) or the step happened already. A refusal by the
 * processor is thrown, so the event is delivered again; an outcome still unknown is not, since the
 * recorded intent is ended by the recovery job.
 */

export interface IssuedOrder {
  readonly orderId: string;
  readonly captureAmount: number;
}

/** order.issued: capture what the issued tickets are worth, never more than was authorized. */
export async function captureIssuedOrder(deps: PaymentDeps, issued: IssuedOrder): Promise<void> {
  const payment = await paymentOfOrder(deps, issued.orderId);
  if (!payment) return;
  const capture = await moveMoney(deps, payment.id, captureIdOf(payment.id), (current, now) => requestCapture(current, issued.captureAmount, now));
  assertNotRefused(capture);
}

export interface AbandonedOrder {
  readonly orderId: string;
  readonly reason: VoidReason;
}

/** order.abandoned (R9, or R10 when the issuance window passed): the authorization is voided. */
export async function voidAbandonedOrder(deps: PaymentDeps, abandoned: AbandonedOrder): Promise<void> {
  const payment = await paymentOfOrder(deps, abandoned.orderId);
  if (!payment || (await retryOnConflict(() => closeIfUnpaid(deps, payment.id, abandoned.reason)))) return;
  const voided = await moveMoney(deps, payment.id, voidIdOf(payment.id), (current, now) => requestVoid(current, abandoned.reason, now));
  assertNotRefused(voided);
}

/** A payment still pending holds no money at the processor: it just closes, so it cannot be paid any more. */
async function closeIfUnpaid(deps: PaymentDeps, paymentId: string, reason: VoidReason): Promise<boolean> {
  const payment = await requirePayment(deps, paymentId);
  const transition = payment.status === 'pending' ? voidPayment(payment, reason, deps.clock.now()) : null;
  if (!transition) return false;
  await commit(deps, payment, transition);
  deps.logger.info({ paymentId, orderId: payment.orderId, reason }, 'payment of an order abandoned before it was paid closed');
  return true;
}
