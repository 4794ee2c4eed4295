import { orderAbandonedV1, orderIssuedV1, usageSyncedV1 } from '@ecticket/contracts';
import { consumeOnce, parseEvent, type EventEnvelope, type ServiceRuntime, type WriteOperation } from '@ecticket/platform';
import type { PaymentDeps } from '../application/ports';
import { refundTicket } from '../application/refund-ticket';
import { captureIssuedOrder, voidAbandonedOrder } from '../application/settle-order';

const CONSUMER = 'payment';

/**
 * The outcomes that settle an order's payment: capture on issue, void on abandonment, and the card
 * refund of a return once the bank sync has made it final (R11, R30: never before, since a return
 * can be cancelled until then).
 */
export function consumeOrderOutcomes(runtime: ServiceRuntime, deps: PaymentDeps): void {
  const patterns = [orderIssuedV1, orderAbandonedV1, usageSyncedV1].map(({ type, version }) => `${type}.v${version}`);
  runtime.onEvents(patterns, async (envelope) => {
    if (envelope.type === usageSyncedV1.type) return refundSyncedCardReturn(deps, envelope);
    const outcome = await consumeOnce(deps.store, CONSUMER, envelope, effectOf(deps, envelope), deps.clock);
    if (outcome === 'applied') deps.outbox.notify();
  });
}

/** Validates the payload against its contract before anything is done with it. */
function effectOf(deps: PaymentDeps, envelope: EventEnvelope): () => Promise<WriteOperation[]> {
  if (envelope.type === orderIssuedV1.type) {
    const { data } = parseEvent(orderIssuedV1, envelope);
    return () => captureIssuedOrder(deps, data);
  }
  const { data } = parseEvent(orderAbandonedV1, envelope);
  return () => voidAbandonedOrder(deps, data);
}

/** Refunds are idempotent per ticket, so a redelivered sync event refunds nothing twice. */
async function refundSyncedCardReturn(deps: PaymentDeps, envelope: EventEnvelope): Promise<void> {
  const { data } = parseEvent(usageSyncedV1, envelope);
  if (data.usage !== 'return' || data.refund !== 'card' || data.amount === 0) return;
  await refundTicket(deps, { orderId: data.orderId, ticketId: data.ticketId, amount: data.amount, reason: 'return final after bank sync' });
  deps.outbox.notify();
}
