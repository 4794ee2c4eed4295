import { failedPrecondition, newId } from '@ecticket/platform';
import { historyEntry, staffActor } from '../domain/actor';
import { buyerNotification, type NotificationRequest } from '../domain/notification';
import { withHistory } from '../domain/order';
import { orders } from '../infrastructure/collections';
import { authorize } from './access';
import { commit } from './commit';
import { notificationRequested } from './events';
import { orderInReach, ticketsOfOrder } from './lookups';
import { replaceExisting, retryingConflicts } from './persistence';
import type { IssuanceDeps } from './ports';

/**
 * R25 (needs `orders`): the buyer is sent their tickets' wallet link or pickup code again, by
 * e-mail and, where the merchant's SMS service is on, SMS (R16.3). Each request is recorded in the
 * order's history.
 */
export async function resendNotifications(deps: IssuanceDeps, accessToken: string | null, orderId: string): Promise<NotificationRequest> {
  const operator = await authorize(deps, accessToken, { permission: 'orders', mutating: true });
  return retryingConflicts(async () => {
    const before = await orderInReach(deps, operator, orderId);
    if (before.state !== 'issued') throw failedPrecondition('ORDER_NOT_ISSUED', 'Only an issued order has tickets to resend.');
    const now = deps.clock.now();
    const actor = staffActor(operator);
    const { smsEnabled } = await deps.accounts.merchantTerms(before.merchantId);
    const request = buyerNotification(before, await ticketsOfOrder(deps, before.id), 'resend', { id: newId(), smsEnabled, actor, now });
    const after = withHistory(before, historyEntry('order.notifications_resent', actor, now, request.id));
    await commit(deps, [replaceExisting(orders, before, after)], [notificationRequested(request)]);
    return request;
  });
}
