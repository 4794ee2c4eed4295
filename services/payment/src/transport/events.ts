import { orderAbandonedV1, orderIssuedV1 } from '@ecticket/contracts';
import { consumeOnce, parseEvent, type EventEnvelope, type ServiceRuntime, type WriteOperation } from '@ecticket/platform';
import type { PaymentDeps } from '../application/ports';
import { captureIssuedOrder, voidAbandonedOrder } from '../application/settle-order';

const CONSUMER = 'payment';

/** The issuance outcomes that settle an order's payment: capture on issue, void on abandonment. */
export function consumeOrderOutcomes(runtime: ServiceRuntime, deps: PaymentDeps): void {
  const patterns = [orderIssuedV1, orderAbandonedV1].map(({ type, version }) => `${type}.v${version}`);
  runtime.onEvents(patterns, async (envelope) => {
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
