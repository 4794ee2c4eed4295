import { orderAbandonedV1, orderIssuedV1, usageSyncedV1 } from '@ecticket/contracts';
import { parseEvent, routingKeyOf, type EventEnvelope, type ServiceRuntime } from '@ecticket/platform';
import type { PaymentDeps } from '../application/ports';
import { requestTicketRefund } from '../application/refund-ticket';
import { captureIssuedOrder, voidAbandonedOrder } from '../application/settle-order';

/**
 * The outcomes that settle an order's payment: capture on issue, void on abandonment, and the card
 * refund of a return once the bank sync has made it final (R11, R30: never before, since a return
 * can be cancelled until then). Each is idempotent per order or ticket, so a redelivered event
 * moves no money twice.
 */
export function consumeOrderOutcomes(runtime: ServiceRuntime, deps: PaymentDeps): void {
  runtime.onEventsByKey({
    [routingKeyOf(orderIssuedV1)]: (envelope) => captureIssuedOrder(deps, parseEvent(orderIssuedV1, envelope).data),
    [routingKeyOf(orderAbandonedV1)]: (envelope) => voidAbandonedOrder(deps, parseEvent(orderAbandonedV1, envelope).data),
    [routingKeyOf(usageSyncedV1)]: (envelope) => refundSyncedCardReturn(deps, envelope),
  });
}

async function refundSyncedCardReturn(deps: PaymentDeps, envelope: EventEnvelope): Promise<void> {
  const { data } = parseEvent(usageSyncedV1, envelope);
  if (data.usage !== 'return' || data.refund !== 'card' || data.amount === 0) return;
  await requestTicketRefund(deps, { orderId: data.orderId, ticketId: data.ticketId, amount: data.amount, reason: 'return final after bank sync' });
}
