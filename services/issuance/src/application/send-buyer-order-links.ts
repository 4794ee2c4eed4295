import { newId } from '@ecticket/platform';
import { buyerActor, historyEntry } from '../domain/actor';
import { buyerNotification } from '../domain/notification';
import { withHistory, type Order } from '../domain/order';
import { isTransferred } from '../domain/ticket';
import { orders, type Stored } from '../infrastructure/collections';
import { commit } from './commit';
import { notificationRequested } from './events';
import { ticketsOfOrder } from './lookups';
import { replaceExisting, retryingConflicts } from './persistence';
import type { IssuanceDeps } from './ports';

/** The most orders one lookup sends, most recent first. */
const MAX_ORDERS_SENT = 10;

/**
 * R15, the buyers' order lookup page: the issued orders of `merchantId` whose buyer has this
 * e-mail address are each sent again to that address (e-mail only), never shown to whoever asked,
 * so the page tells nobody which addresses have orders. Each send is recorded in the order's
 * history; answers how many orders were sent.
 */
export async function sendBuyerOrderLinks(deps: IssuanceDeps, merchantId: string, email: string): Promise<number> {
  const address = email.trim();
  if (address === '') return 0;
  const found = await deps.store
    .collection(orders)
    .find({ merchantId, 'buyer.email': { $in: [...new Set([address, address.toLowerCase()])] }, state: 'issued' }, { sort: { sortKey: -1 }, limit: MAX_ORDERS_SENT });
  let sent = 0;
  for (const order of found) if (await sendOrderLinks(deps, order)) sent += 1;
  return sent;
}

async function sendOrderLinks(deps: IssuanceDeps, found: Stored<Order>): Promise<boolean> {
  return retryingConflicts(async () => {
    const before = (await deps.store.collection(orders).get(found.id)) ?? found;
    const tickets = await ticketsOfOrder(deps, before.id);
    if (before.state !== 'issued' || tickets.every(isTransferred)) return false;
    const now = deps.clock.now();
    const request = buyerNotification(before, tickets, 'resend', { id: newId(), smsEnabled: false, actor: buyerActor, now });
    const after = withHistory(before, historyEntry('order.lookup_links_sent', buyerActor, now, request.id));
    await commit(deps, [replaceExisting(orders, before, after)], [notificationRequested(request)]);
    return true;
  });
}
