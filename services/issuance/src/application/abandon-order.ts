import { staffActor } from '../domain/actor';
import { abandonOrder as abandoned, type Order } from '../domain/order';
import { orders } from '../infrastructure/collections';
import { authorize } from './access';
import { commit } from './commit';
import { orderAbandoned } from './events';
import { orderInReach } from './lookups';
import { replaceExisting, retryingConflicts } from './persistence';
import type { IssuanceDeps } from './ports';

/**
 * R9 (needs `orders`): an order not yet issued is voided; order.abandoned.v1 makes payment void
 * the authorization, or close the checkout of an order never paid.
 */
export async function abandonOrder(deps: IssuanceDeps, accessToken: string | null, orderId: string): Promise<Order> {
  const operator = await authorize(deps, accessToken, { permission: 'orders', mutating: true });
  return retryingConflicts(async () => {
    const before = await orderInReach(deps, operator, orderId);
    const after = abandoned(before, 'abandoned', staffActor(operator), deps.clock.now());
    await commit(deps, [replaceExisting(orders, before, after)], [orderAbandoned(after)]);
    return after;
  });
}
