import { paymentAuthorizedV1, paymentFailedV1, paymentVoidedV1 } from '@ecticket/contracts';
import { AppError, consumeOnce, parseEvent, type EventEnvelope, type WriteOperation } from '@ecticket/platform';
import { historyEntry, systemActor } from '../domain/actor';
import { recordAuthorization, recordPaymentFailure, recordVoid, type PaymentOutcome } from '../domain/order-payment';
import { withHistory, type Order } from '../domain/order';
import { orders, type Stored } from '../infrastructure/collections';
import { outboxOperations } from './commit';
import { issuanceOf } from './issue-order';
import { replaceExisting } from './persistence';
import type { IssuanceDeps } from './ports';

/** The inbox name under which payment events are applied once each. */
const PAYMENT_CONSUMER = 'issuance.payments';

/**
 * payment.authorized.v1: the order is paid; an order that asked for it is issued in the same
 * write (P2: callback to tickets in well under a second, no job in between).
 */
export async function onPaymentAuthorized(deps: IssuanceDeps, envelope: EventEnvelope): Promise<void> {
  const { data } = parseEvent(paymentAuthorizedV1, envelope);
  await applyToOrder(deps, envelope, data, async (before, now) => {
    const outcome = recordAuthorization(before, data, now);
    if (outcome.kind === 'ignored' || !outcome.order.issueOnPayment) return outcome;
    return { kind: 'writes', writes: await issuedOnPayment(deps, before, outcome.order) };
  });
}

/** payment.failed.v1: recorded; the order keeps awaiting payment. */
export async function onPaymentFailed(deps: IssuanceDeps, envelope: EventEnvelope): Promise<void> {
  const { data } = parseEvent(paymentFailedV1, envelope);
  await applyToOrder(deps, envelope, data, (before, now) => recordPaymentFailure(before, data, now));
}

/** payment.voided.v1: the buyer will never be charged; recorded on the order. */
export async function onPaymentVoided(deps: IssuanceDeps, envelope: EventEnvelope): Promise<void> {
  const { data } = parseEvent(paymentVoidedV1, envelope);
  await applyToOrder(deps, envelope, data, (before, now) => recordVoid(before, data, now));
}

type Effect = PaymentOutcome | { readonly kind: 'writes'; readonly writes: readonly WriteOperation[] };

interface OrderRef {
  readonly orderId: string;
  readonly merchantId: string;
  readonly paymentId: string;
}

async function applyToOrder(
  deps: IssuanceDeps,
  envelope: EventEnvelope,
  ref: OrderRef,
  effect: (before: Stored<Order>, now: Date) => Effect | Promise<Effect>,
): Promise<void> {
  await consumeOnce(
    deps.store,
    PAYMENT_CONSUMER,
    envelope,
    async () => {
      const before = await deps.store.collection(orders).findOne({ id: ref.orderId, merchantId: ref.merchantId });
      if (!before) {
        deps.logger.warn({ eventType: envelope.type, orderId: ref.orderId, paymentId: ref.paymentId }, 'payment event for an unknown order ignored');
        return [];
      }
      const result = await effect(before, deps.clock.now());
      if (result.kind === 'writes') return result.writes;
      if (result.kind === 'applied') return [replaceExisting(orders, before, result.order)];
      const level = result.reason === 'amount_mismatch' ? 'error' : 'info';
      deps.logger[level]({ eventType: envelope.type, orderId: ref.orderId, paymentId: ref.paymentId, reason: result.reason }, 'payment event changes nothing');
      return [];
    },
    deps.clock,
  );
  deps.outbox.notify();
}

/**
 * The paid order issued at once. An R26 refusal does not lose the payment: the order stays
 * authorized, with the refusal in its history, for the merchant to issue or abandon. Failures of
 * infrastructure are thrown, so the event is delivered again.
 */
async function issuedOnPayment(deps: IssuanceDeps, before: Stored<Order>, authorized: Order): Promise<readonly WriteOperation[]> {
  try {
    const { writes, events } = await issuanceOf(deps, before, authorized, systemActor);
    return [...writes, ...outboxOperations(deps, events)];
  } catch (error) {
    if (!(error instanceof AppError) || error.isInfrastructureFailure) throw error;
    deps.logger.warn({ orderId: before.id, code: error.code }, 'a paid order could not be issued on payment; it awaits issuance or abandonment');
    const refused = withHistory(authorized, historyEntry('order.issue_on_payment_refused', systemActor, deps.clock.now(), error.code));
    return [replaceExisting(orders, before, refused)];
  }
}
