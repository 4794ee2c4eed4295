import { orderNotificationRequestedV1 } from '@ecticket/contracts';
import { consumeOnce, parseEvent, routingKeyOf, type EventEnvelope, type ServiceRuntime } from '@ecticket/platform';
import { deliverNotification, type NotificationRequest } from '../application/deliver-notification';
import type { NotificationDeps } from '../application/ports';

/** The inbox name of the service's one event subscription (the runtime names it after the service). */
const CONSUMER = 'notification';

/**
 * `order.notification_requested`, validated against its contract. The sending happens before the
 * inbox row is written: a request in the inbox was delivered over all its channels, and one that is
 * not is delivered again, where the delivery log keeps sent channels from being sent twice.
 */
export function subscribeToEvents(runtime: ServiceRuntime, deps: NotificationDeps): void {
  runtime.onEvents([routingKeyOf(orderNotificationRequestedV1)], async (envelope) => {
    const request = notificationRequestOf(envelope);
    await consumeOnce(
      deps.store,
      CONSUMER,
      envelope,
      async () => {
        await deliverNotification(deps, request);
        return [];
      },
      deps.clock,
    );
  });
}

function notificationRequestOf(envelope: EventEnvelope): NotificationRequest {
  const { data } = parseEvent(orderNotificationRequestedV1, envelope);
  return { ...data, requestedAt: new Date(data.requestedAt).toISOString() };
}
