import { WriteConflictError } from '@ecticket/platform';
import { systemActor } from '../domain/actor';
import { daysLater } from '../domain/calendar';
import { abandonOrder } from '../domain/order';
import { orders } from '../infrastructure/collections';
import { commit } from './commit';
import { orderAbandoned } from './events';
import { replaceExisting } from './persistence';
import type { IssuanceDeps } from './ports';

const BATCH = 100;

/**
 * R10: paid orders whose issuance window (R26.1) has passed without issuance or abandonment are
 * abandoned by the system; payment voids them on order.abandoned.v1. Returns how many. An order
 * changed meanwhile (issued, abandoned, noted) is left to the next run to look at again.
 */
export async function abandonExpiredOrders(deps: IssuanceDeps, now: Date): Promise<number> {
  const openedBefore = daysLater(now, -deps.settings.issuanceWindowDays).toISOString();
  const expired = await deps.store
    .collection(orders)
    .find({ state: 'authorized', 'payment.authorizedAt': { $lt: openedBefore } }, { sort: { 'payment.authorizedAt': 1 }, limit: BATCH });
  let abandoned = 0;
  for (const before of expired) {
    const after = abandonOrder(before, 'issuance_window_expired', systemActor, now);
    try {
      await commit(deps, [replaceExisting(orders, before, after)], [orderAbandoned(after)]);
      abandoned += 1;
    } catch (error) {
      if (!(error instanceof WriteConflictError)) throw error;
    }
  }
  return abandoned;
}
