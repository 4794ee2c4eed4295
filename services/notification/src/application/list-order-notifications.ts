import { findPage, invalidArgument, type Page, type PageRequest } from '@ecticket/platform';
import type { Delivery } from '../domain/delivery';
import { deliveries } from '../infrastructure/collections';
import type { NotificationDeps } from './ports';

export interface OrderNotificationsQuery {
  readonly merchantId: string;
  readonly orderId: string;
  readonly page: PageRequest;
}

/** The delivery log of one order, newest first; whoever may read the order may read it. */
export async function listOrderNotifications(deps: NotificationDeps, accessToken: string | null, query: OrderNotificationsQuery): Promise<Page<Delivery>> {
  if (query.merchantId === '') throw invalidArgument('MERCHANT_ID_REQUIRED', "The caller's merchant is required.");
  await deps.orders.assertReadable(accessToken, query.orderId);
  return findPage(deps.store.collection(deliveries), { merchantId: query.merchantId, orderId: query.orderId }, query.page, 'newest_first');
}
