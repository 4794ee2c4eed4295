import { failedPrecondition, invalidArgument } from '@ecticket/platform';
import { daysLater, type CalendarDate } from './calendar';
import type { Order } from './order';
import type { ProductSnapshot } from './product';

/** R26.4: what a convenience-store kiosk prints for one order. */
const MAX_CONVENIENCE_STORE_TICKETS = 8;
/** R26.1: days from payment within which an order with pickup vouchers must be issued. */
export const DEFAULT_ISSUANCE_WINDOW_DAYS = 21;

export function ticketCount(order: Order): number {
  return order.items.reduce((sum, item) => sum + item.quantity, 0);
}

function isGiftOnly(order: Order): boolean {
  return order.items.every((item) => item.product.ticketType === 'gift_voucher');
}

/** Everything R26 asks before an order's tickets exist; each broken rule is its own refusal. */
export function assertIssuable(order: Order, now: Date, windowDays: number): void {
  assertIssuableState(order);
  assertWithinIssuanceWindow(order, now, windowDays);
  assertGiftVoucherExpiry(order);
  assertUsableFromWhereNeeded(order);
  assertTicketLimit(order);
}

/** R26.1: an order with pickup vouchers is issued within the window from its payment. */
function assertWithinIssuanceWindow(order: Order, now: Date, windowDays: number): void {
  const deadline = issuanceDeadline(order, windowDays);
  if (deadline !== null && now.getTime() > deadline.getTime()) {
    throw failedPrecondition('ISSUANCE_WINDOW_EXPIRED', `An order with pickup vouchers must be issued within ${windowDays} days of its payment (R26.1).`, {
      deadline: deadline.toISOString(),
    });
  }
}

/** R26.2: an order of gift vouchers only carries the gift vouchers' expiry day. */
function assertGiftVoucherExpiry(order: Order): void {
  if (isGiftOnly(order) && order.giftVoucherExpiresOn === null) {
    throw failedPrecondition('GIFT_VOUCHER_EXPIRY_REQUIRED', 'An order of gift vouchers only must carry the gift vouchers\' expiry date (R26.2).');
  }
}

/** R26.3: a non-immediate electronic ticket carries the day from which it can be used. */
export function assertUsableFromWhereNeeded(order: Order): void {
  const missing = order.items.find((item) => needsUsableFrom(order, item.product) && usableFromDayOf(order, item.product) === null);
  if (missing) {
    throw failedPrecondition('USABLE_FROM_REQUIRED', 'A non-immediate electronic ticket must carry the date from which it can be used (R26.3).', {
      productId: missing.product.productId,
    });
  }
}

/** R26.4: a convenience-store order carries at most what a kiosk prints. */
export function assertTicketLimit(order: Order): void {
  if (order.form === 'convenience_store' && ticketCount(order) > MAX_CONVENIENCE_STORE_TICKETS) {
    throw failedPrecondition('TOO_MANY_CONVENIENCE_STORE_TICKETS', `A convenience-store order carries at most ${MAX_CONVENIENCE_STORE_TICKETS} tickets (R26.4).`, {
      max: MAX_CONVENIENCE_STORE_TICKETS,
      tickets: ticketCount(order),
    });
  }
}

/**
 * An order that is to issue by itself on payment must be issuable then: nobody is there to add a
 * missing date, and a gift-only order has no payment to wait for.
 */
export function assertIssueOnPaymentPossible(order: Order): void {
  if (!order.issueOnPayment) return;
  if (order.payment === null) {
    throw invalidArgument('NOTHING_TO_PAY', 'A gift-only order has no payment to issue on; issue it explicitly.');
  }
  assertUsableFromWhereNeeded(order);
}

/** When the issuance window of a paid order closes (R26.1); null for orders without payment. */
export function issuanceDeadline(order: Order, windowDays: number): Date | null {
  const authorizedAt = order.payment?.authorizedAt;
  return authorizedAt ? daysLater(new Date(authorizedAt), windowDays) : null;
}

/** "Usable immediately" is a property of electronic tickets; other forms ignore it. */
function needsUsableFrom(order: Order, product: ProductSnapshot): boolean {
  return order.form === 'electronic' && !product.immediatelyUsable;
}

/** The order's usable-from day applies to the tickets that need one; the product's own day to every ticket. */
export function usableFromDayOf(order: Order, product: ProductSnapshot): CalendarDate | null {
  return needsUsableFrom(order, product) ? (order.usableFrom ?? product.validity.usableFrom) : product.validity.usableFrom;
}

function assertIssuableState(order: Order): void {
  switch (order.state) {
    case 'created':
    case 'authorized':
      return;
    case 'awaiting_payment':
      throw failedPrecondition('ORDER_NOT_PAID', 'The order has not been paid yet.');
    case 'voided':
      throw failedPrecondition('ORDER_VOIDED', 'The order was voided.');
    case 'issued':
      throw failedPrecondition('ORDER_ALREADY_ISSUED', 'The order was issued already.');
  }
}
