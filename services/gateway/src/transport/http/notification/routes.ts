import { z } from 'zod';
import type { notificationV1 } from '@ecticket/contracts';
import type { NotificationClient } from '../../../infrastructure/notification-client';
import { callerRouteOf } from '../caller-route';
import { orderIdParams } from '../issuance/requests';
import { pageOf, pageQuery } from '../request-schemas';
import type { RouteSpec } from '../routes';
import { knownValue, orNull, pageView, timestamp, toPage } from '../view-schemas';

const channel = z.enum(['email', 'sms']);
const reason = z.enum(['issued', 'buyer_changed', 'resend', 'ticket_transferred']);
const deliveryStatus = z.enum(['sending', 'sent', 'failed', 'superseded']);

export const orderNotificationView = z
  .object({
    requestId: z.string().describe('The notification request (one per issuance, buyer change, resend or transfer); one row per channel.'),
    channel,
    recipient: z.string().describe('Masked: the first letter and domain of an e-mail address, the last four digits of a phone number.'),
    reason,
    status: deliveryStatus.describe(
      '`failed` is retried by the platform until it is sent or its attempts run out (a permanent refusal is not retried). `superseded`: not sent, because the buyer or the ticket\'s holder changed since the request (R27, a further transfer); the new recipient has a request of their own.',
    ),
    attempts: z.number().int(),
    requestedAt: timestamp,
    sentAt: timestamp.nullable(),
    lastError: z.string().nullable().describe("Why the last attempt failed: the provider's refusal (status code only, never the message) or the platform's reason."),
  })
  .describe("One message about the order over one channel; never the message itself, which carries the buyer's wallet link.");

function toOrderNotification(row: notificationV1.OrderNotification__Output): z.infer<typeof orderNotificationView> {
  return {
    requestId: row.requestId,
    channel: knownValue(channel, row.channel, 'notification channel'),
    recipient: row.recipient,
    reason: knownValue(reason, row.reason, 'notification reason'),
    status: knownValue(deliveryStatus, row.status, 'delivery status'),
    attempts: row.attempts,
    requestedAt: row.requestedAt,
    sentAt: orNull(row.sentAt),
    lastError: orNull(row.lastError),
  };
}

/** The public REST API of the notification service: the delivery log of an order (R16, R25). */
export function notificationRoutes(client: NotificationClient): RouteSpec[] {
  const staffRoute = callerRouteOf(client);
  return [
    staffRoute({
      method: 'get',
      path: '/v1/orders/{orderId}/notifications',
      operationId: 'listOrderNotifications',
      summary: 'The e-mails and text messages sent about an order (issuance, buyer changes, resends, transfers), newest first, a page at a time.',
      description:
        "Whoever may read the order may read them: the `orders` permission node; a sub-account bound to a branch reaches its own branch's orders only (R22.2). 404 ORDER_NOT_FOUND for no such order or another merchant's.",
      tags: ['orders'],
      audience: 'merchant staff',
      params: orderIdParams,
      query: pageQuery,
      success: { status: 200, description: 'A page of deliveries.', schema: pageView(orderNotificationView) },
      call: (notification, { merchantId, params, query }, options) => notification.ListOrderNotifications({ merchantId, orderId: params.orderId, page: pageOf(query) }, options),
      view: (answer) => toPage(answer.notifications, answer.nextCursor, toOrderNotification),
    }),
  ];
}
