import { insertOperation, newId, type WriteOperation } from '@ecticket/platform';
import { staffActor, type ActorRef } from '../domain/actor';
import { issue, withIssuanceDates, type Issuance, type IssuanceDates } from '../domain/issuance';
import { buyerNotification } from '../domain/notification';
import type { Order } from '../domain/order';
import { orders, pickupCodes, tickets, type Stored } from '../infrastructure/collections';
import { authorize } from './access';
import { commit, type PendingEvent } from './commit';
import { issuanceEvents, notificationRequested } from './events';
import { orderInReach, ticketsOfOrder } from './lookups';
import { insertNew, replaceExisting, retryingConflicts } from './persistence';
import type { IssuanceDeps } from './ports';
import { orderDetail, type OrderDetail } from './views';

export interface IssueOrderInput {
  readonly orderId: string;
  readonly dates: IssuanceDates;
}

/**
 * Issues a paid or gift-only order (needs `issue`; refused to a disabled branch's account, R23).
 * R26 refusals leave the order as it was. Issuing an issued order answers it as it is: however
 * often or concurrently it is asked, an order is issued once.
 */
export async function issueOrder(deps: IssuanceDeps, accessToken: string | null, input: IssueOrderInput): Promise<OrderDetail> {
  const operator = await authorize(deps, accessToken, { permission: 'issue', mutating: true });
  return retryingConflicts(async () => {
    const before = await orderInReach(deps, operator, input.orderId);
    if (before.state === 'issued') return orderDetail(deps, before, await ticketsOfOrder(deps, before.id));
    const { issuance, writes, events } = await issuanceOf(deps, before, withIssuanceDates(before, input.dates), staffActor(operator));
    await commit(deps, writes, events);
    return orderDetail(deps, issuance.order, issuance.tickets);
  });
}

export interface IssuanceWrite {
  readonly issuance: Issuance;
  readonly writes: readonly WriteOperation[];
  readonly events: readonly PendingEvent[];
}

/**
 * Everything issuing takes, for one atomic write: the order (compare-and-set against `before`,
 * as read) turned into `ready` and then issued, every ticket, the pickup code's reservation, and
 * the events: order.issued, one ticket.issued per ticket, and the buyer's notification (R16.1).
 */
export async function issuanceOf(deps: IssuanceDeps, before: Stored<Order>, ready: Order, actor: ActorRef): Promise<IssuanceWrite> {
  const now = deps.clock.now();
  const { guaranteeDays, smsEnabled } = await deps.accounts.merchantTerms(ready.merchantId);
  const issuance = issue(ready, { now, actor, windowDays: deps.settings.issuanceWindowDays, guaranteeDays, codes: deps.codes, newId });
  const notification = buyerNotification(issuance.order, issuance.tickets, 'issued', { id: newId(), smsEnabled, actor, now });
  const { order } = issuance;
  const writes = [
    replaceExisting(orders, before, order),
    ...issuance.tickets.map((ticket, index) => insertNew(tickets, ticket, `${issuance.issuedAt}#${String(index).padStart(3, '0')}`)),
    ...(order.pickupCode === null ? [] : [insertOperation(pickupCodes, { id: order.pickupCode, orderId: order.id, merchantId: order.merchantId })]),
  ];
  return { issuance, writes, events: [...issuanceEvents(issuance), notificationRequested(notification)] };
}
