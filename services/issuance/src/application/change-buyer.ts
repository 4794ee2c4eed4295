import { insertOperation, newId } from '@ecticket/platform';
import { staffActor } from '../domain/actor';
import { buyerNotification } from '../domain/notification';
import { changeBuyer as changed, type Buyer, type Order } from '../domain/order';
import { orders, pickupCodes, tickets } from '../infrastructure/collections';
import { authorize } from './access';
import { commit, type PendingEvent } from './commit';
import { buyerChanged, notificationRequested } from './events';
import { orderInReach, ticketsOfOrder } from './lookups';
import { guardUnchanged, replaceExisting, retryingConflicts } from './persistence';
import type { IssuanceDeps } from './ports';

/**
 * R27 (needs `orders`): the merchant changes the buyer's data on their behalf until a ticket was
 * transferred or printed. The write holds every ticket of the order to what was read, so a
 * transfer or printing racing with it makes one of the two fail. An issued order's new buyer is
 * notified (R16.2); the old wallet link stops opening, and a convenience-store order gets a new
 * pickup code (the old buyer's no longer prints the tickets).
 */
export async function changeBuyer(deps: IssuanceDeps, accessToken: string | null, orderId: string, buyer: Buyer): Promise<Order> {
  const operator = await authorize(deps, accessToken, { permission: 'orders', mutating: true });
  return retryingConflicts(async () => {
    const before = await orderInReach(deps, operator, orderId);
    const held = await ticketsOfOrder(deps, before.id);
    const now = deps.clock.now();
    const rebought = changed(before, buyer, held, operator, now);
    const pickupCode = rebought.pickupCode === null ? null : deps.codes.pickupCode();
    const after = pickupCode === null ? rebought : { ...rebought, pickupCode };
    const events: PendingEvent[] = [buyerChanged(after, operator, now)];
    if (after.state === 'issued') {
      const { smsEnabled } = await deps.accounts.merchantTerms(after.merchantId);
      events.push(notificationRequested(buyerNotification(after, held, 'buyer_changed', { id: newId(), smsEnabled, actor: staffActor(operator), now })));
    }
    const newCode = pickupCode === null ? [] : [insertOperation(pickupCodes, { id: pickupCode, orderId: after.id, merchantId: after.merchantId })];
    await commit(deps, [replaceExisting(orders, before, after), ...newCode, ...held.map((ticket) => guardUnchanged(tickets, ticket))], events);
    return after;
  });
}
