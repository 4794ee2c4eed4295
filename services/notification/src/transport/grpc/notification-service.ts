import type { notificationV1 } from '@ecticket/contracts';
import { loadServiceDefinition, type UnaryHandlers } from '@ecticket/platform';
import { listOrderNotifications } from '../../application/list-order-notifications';
import type { NotificationDeps } from '../../application/ports';
import type { Delivery } from '../../domain/delivery';
import { bearerToken, pageRequest } from './call';

export function notificationServiceDefinition(): notificationV1.NotificationServiceDefinition {
  return loadServiceDefinition<notificationV1.NotificationServiceDefinition>(['notification.proto'], 'ecticket.notification.v1.NotificationService');
}

/** The gRPC face of the service: decode, run the use case, encode. */
export function notificationServiceHandlers(deps: NotificationDeps): UnaryHandlers<notificationV1.NotificationServiceDefinition> {
  return {
    async ListOrderNotifications(request, call) {
      const page = await listOrderNotifications(deps, bearerToken(call), { merchantId: request.merchantId, orderId: request.orderId, page: pageRequest(request.page) });
      return { notifications: page.items.map(orderNotificationMessage), nextCursor: page.nextCursor };
    },
  };
}

/** A delivery as staff see it: the masked recipient, never the message (it carries the buyer's bearer link). */
function orderNotificationMessage(delivery: Delivery): notificationV1.OrderNotification {
  return {
    requestId: delivery.requestId,
    channel: delivery.channel,
    recipient: delivery.recipient,
    reason: delivery.reason,
    status: delivery.status,
    attempts: delivery.attempts,
    requestedAt: delivery.requestedAt,
    sentAt: delivery.sentAt ?? '',
    lastError: delivery.lastError ?? '',
  };
}
