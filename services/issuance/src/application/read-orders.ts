import { findPage, type Filter, type Page, type PageRequest } from '@ecticket/platform';
import type { Order, OrderState, TicketForm } from '../domain/order';
import { orders } from '../infrastructure/collections';
import { authorize } from './access';
import { orderInReach, ticketsOfOrder } from './lookups';
import type { IssuanceDeps } from './ports';
import { orderDetail, type OrderDetail } from './views';

const readRule = { permission: 'orders', mutating: false } as const;

/** Needs `orders`; a branch-bound sub-account sees its branch's orders only (R22.2). */
export async function getOrder(deps: IssuanceDeps, accessToken: string | null, orderId: string): Promise<OrderDetail> {
  const operator = await authorize(deps, accessToken, readRule);
  const order = await orderInReach(deps, operator, orderId);
  return orderDetail(deps, order, await ticketsOfOrder(deps, order.id));
}

export interface OrderQuery {
  readonly state: OrderState | null;
  readonly form: TicketForm | null;
  /** Inclusive. */
  readonly createdFrom: string | null;
  /** Exclusive. */
  readonly createdTo: string | null;
  readonly page: PageRequest;
}

export async function listOrders(deps: IssuanceDeps, accessToken: string | null, query: OrderQuery): Promise<Page<Order>> {
  const operator = await authorize(deps, accessToken, readRule);
  const filter: Filter = {
    merchantId: operator.merchantId,
    ...(operator.branch === null ? {} : { branchId: operator.branch.id }),
    ...(query.state === null ? {} : { state: query.state }),
    ...(query.form === null ? {} : { form: query.form }),
    ...createdWithin(query.createdFrom, query.createdTo),
  };
  return findPage(deps.store.collection(orders), filter, query.page, 'newest_first');
}

function createdWithin(from: string | null, to: string | null): Filter {
  if (from !== null && to !== null) return { createdAt: { $gte: from, $lt: to } };
  if (from !== null) return { createdAt: { $gte: from } };
  if (to !== null) return { createdAt: { $lt: to } };
  return {};
}
