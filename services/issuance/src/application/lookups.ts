import { notFound } from '@ecticket/platform';
import { assertWithinBranch, type Operator } from '../domain/actor';
import { orders, products, tickets, type Stored } from '../infrastructure/collections';
import type { Order } from '../domain/order';
import type { Product } from '../domain/product';
import type { Ticket } from '../domain/ticket';
import type { IssuanceDeps } from './ports';

/*
 * Loading an object always names its merchant: another merchant's object is reported as not
 * found, exactly like a missing one, so ids reveal nothing across tenants.
 */

export async function productOfMerchant(deps: IssuanceDeps, merchantId: string, productId: string): Promise<Stored<Product>> {
  const product = await deps.store.collection(products).findOne({ id: productId, merchantId });
  if (!product) throw notFound('PRODUCT_NOT_FOUND', 'No such product.');
  return product;
}

/** An order of the operator's merchant that their branch may reach (R22.2). */
export async function orderInReach(deps: IssuanceDeps, operator: Operator, orderId: string): Promise<Stored<Order>> {
  const order = await orderOfMerchant(deps, operator.merchantId, orderId);
  assertWithinBranch(operator, order.branchId);
  return order;
}

export async function orderOfMerchant(deps: IssuanceDeps, merchantId: string, orderId: string): Promise<Stored<Order>> {
  const order = await deps.store.collection(orders).findOne({ id: orderId, merchantId });
  if (!order) throw notFound('ORDER_NOT_FOUND', 'No such order.');
  return order;
}

/** The tickets of an order, in issue order. */
export function ticketsOfOrder(deps: IssuanceDeps, orderId: string): Promise<Stored<Ticket>[]> {
  return deps.store.collection(tickets).find({ orderId }, { sort: { sortKey: 1 } });
}

/** R31: the branch lists name only the merchant's own branches. */
export async function assertBranchesOf(deps: IssuanceDeps, merchantId: string, branchIds: readonly string[]): Promise<void> {
  await Promise.all(branchIds.map((branchId) => deps.accounts.assertBranchOf(merchantId, branchId)));
}

/** Asks the merchant's contract only when gift vouchers are involved at all. */
export async function giftVouchersAllowed(deps: IssuanceDeps, merchantId: string, involved: boolean): Promise<boolean> {
  return involved && (await deps.accounts.merchantTerms(merchantId)).giftVouchersEnabled;
}
