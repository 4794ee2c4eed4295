import { DuplicateKeyError, conflict, newId } from '@ecticket/platform';
import { assertWithinBranch, type Operator } from '../domain/actor';
import { isSameRequest, newOrder, type Order, type OrderDraft } from '../domain/order';
import type { Product } from '../domain/product';
import { orders, products } from '../infrastructure/collections';
import { authorize } from './access';
import { giftVouchersAllowed } from './lookups';
import { insertNew } from './persistence';
import type { CheckoutForm, IssuanceDeps } from './ports';

export interface PlacedOrder {
  readonly order: Order;
  /** What the buyer's browser posts to pay; null when nothing is to be paid (any more). */
  readonly checkout: CheckoutForm | null;
}

/**
 * The storefront places an order (needs `orders`). Orders with pickup vouchers await payment at
 * the payment service; gift-only orders need none. The merchant's order number makes a retry
 * safe: the same request again answers the same order and the same payment intent.
 */
export async function createOrder(deps: IssuanceDeps, accessToken: string | null, draft: OrderDraft): Promise<PlacedOrder> {
  const operator = await authorize(deps, accessToken, { permission: 'orders', mutating: true });
  const order = (await existingOrder(deps, operator, draft)) ?? (await placeOrder(deps, operator, draft));
  return { order, checkout: await checkoutOf(deps, order) };
}

async function placeOrder(deps: IssuanceDeps, operator: Operator, draft: OrderDraft): Promise<Order> {
  const offered = await productsOf(deps, operator.merchantId, draft.items.map((item) => item.productId));
  const involvesGiftVouchers = [...offered.values()].some((product) => product.ticketType === 'gift_voucher');
  const order = newOrder({
    id: newId(),
    draft,
    products: offered,
    creator: operator,
    giftVouchersEnabled: await giftVouchersAllowed(deps, operator.merchantId, involvesGiftVouchers),
    now: deps.clock.now(),
  });
  try {
    await deps.store.write([insertNew(orders, order, order.createdAt)]);
    return order;
  } catch (error) {
    // A concurrent request with the same order number got there first.
    const replayed = error instanceof DuplicateKeyError ? await existingOrder(deps, operator, draft) : null;
    if (!replayed) throw error;
    return replayed;
  }
}

async function existingOrder(deps: IssuanceDeps, operator: Operator, draft: OrderDraft): Promise<Order | null> {
  const existing = await deps.store.collection(orders).findOne({ merchantId: operator.merchantId, merchantOrderNo: draft.merchantOrderNo });
  if (!existing) return null;
  assertWithinBranch(operator, existing.branchId);
  if (!isSameRequest(existing, draft)) {
    throw conflict('ORDER_NUMBER_TAKEN', 'Another order already has this merchant order number.', { merchantOrderNo: draft.merchantOrderNo });
  }
  return existing;
}

async function productsOf(deps: IssuanceDeps, merchantId: string, productIds: readonly string[]): Promise<ReadonlyMap<string, Product>> {
  const found = await deps.store.collection(products).find({ merchantId, id: { $in: [...new Set(productIds)] } });
  return new Map(found.map((product) => [product.id, product]));
}

async function checkoutOf(deps: IssuanceDeps, order: Order): Promise<CheckoutForm | null> {
  if (order.state !== 'awaiting_payment') return null;
  const { merchantName } = await deps.accounts.merchantTerms(order.merchantId);
  return deps.payments.create({
    orderId: order.id,
    merchantId: order.merchantId,
    amount: order.amount,
    description: descriptionOf(order),
    buyerEmail: order.buyer.email,
    merchantName,
  });
}

/** What the processor's checkout page shows. */
function descriptionOf(order: Order): string {
  const items = order.items.map((item) => `${item.product.name} ×${item.quantity}`).join(', ');
  return `${order.merchantOrderNo}: ${items}`.slice(0, 200);
}
