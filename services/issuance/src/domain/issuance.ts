import { failedPrecondition } from '@ecticket/platform';
import { historyEntry, type ActorRef } from './actor';
import { addDays, calendarDateOf, daysLater, endOfDay, startOfDay, type CalendarDate } from './calendar';
import type { CodeSource } from './codes';
import { assertIssuable, usableFromDayOf } from './issuance-rules';
import type { Order } from './order';
import type { ProductSnapshot } from './product';
import type { Ticket } from './ticket';

/** R26.2/R26.3 inputs given at issue; each replaces the order's when set. */
export interface IssuanceDates {
  readonly giftVoucherExpiresOn: CalendarDate | null;
  readonly usableFrom: CalendarDate | null;
}

export interface IssueContext {
  readonly now: Date;
  readonly actor: ActorRef;
  readonly windowDays: number;
  /** The merchant's contract at issue: a pickup voucher's guarantee (escrow) period. */
  readonly guaranteeDays: number;
  readonly codes: CodeSource;
  readonly newId: () => string;
}

export interface Issuance {
  readonly order: Order;
  readonly issuedAt: string;
  readonly tickets: readonly Ticket[];
}

export function withIssuanceDates(order: Order, dates: IssuanceDates): Order {
  return {
    ...order,
    giftVoucherExpiresOn: dates.giftVoucherExpiresOn ?? order.giftVoucherExpiresOn,
    usableFrom: dates.usableFrom ?? order.usableFrom,
  };
}

/**
 * Issues an order: one ticket per unit bought, each with its own number and redemption code, and
 * a pickup code for convenience-store orders. Refused as a whole when R26 is broken.
 */
export function issue(order: Order, context: IssueContext): Issuance {
  assertIssuable(order, context.now, context.windowDays);
  const tickets = order.items.flatMap((item) => Array.from({ length: item.quantity }, () => newTicket(order, item.product, context)));
  assertUsableBeforeExpiry(tickets, context.now);
  const issuedAt = context.now.toISOString();
  const issued: Order = {
    ...order,
    state: 'issued',
    issuedAt,
    ticketIds: tickets.map((ticket) => ticket.id),
    pickupCode: order.form === 'convenience_store' ? context.codes.pickupCode() : null,
    history: [...order.history, historyEntry('order.issued', context.actor, context.now)],
  };
  return { order: issued, issuedAt, tickets };
}

/** What payment captures at issue: the pickup vouchers' face value. */
export function captureAmountOf(tickets: readonly Ticket[]): number {
  return tickets.filter((ticket) => ticket.ticketType === 'pickup_voucher').reduce((sum, ticket) => sum + ticket.faceValue, 0);
}

function newTicket(order: Order, product: ProductSnapshot, context: IssueContext): Ticket {
  const usableFrom = usableFromDayOf(order, product);
  return {
    id: context.newId(),
    merchantId: order.merchantId,
    orderId: order.id,
    ticketNumber: context.codes.ticketNumber(),
    redemptionCode: context.codes.redemptionCode(),
    productId: product.productId,
    productName: product.name,
    productDescription: product.description,
    ticketType: product.ticketType,
    form: order.form,
    faceValue: product.faceValue,
    usableFrom: usableFrom === null ? null : startOfDay(usableFrom).toISOString(),
    expiresAt: expiryOf(order, product, context.now)?.toISOString() ?? null,
    redemptionBranchIds: product.redemptionBranchIds,
    returnBranchIds: product.returnBranchIds,
    guaranteeEndsAt: product.ticketType === 'pickup_voucher' ? daysLater(context.now, context.guaranteeDays).toISOString() : null,
    issuedAt: context.now.toISOString(),
    issuedBy: context.actor,
    holder: null,
    holderVersion: 0,
    printedAt: null,
    usage: { state: 'unused', at: null },
    history: [historyEntry('ticket.issued', context.actor, context.now)],
  };
}

/** A gift voucher expires on the order's gift-voucher expiry day when given; otherwise as its product says. */
function expiryOf(order: Order, product: ProductSnapshot, issuedAt: Date): Date | null {
  if (product.ticketType === 'gift_voucher' && order.giftVoucherExpiresOn !== null) return endOfDay(order.giftVoucherExpiresOn);
  const { expiry } = product.validity;
  if (expiry === null) return null;
  if (expiry.kind === 'on_date') return endOfDay(expiry.date);
  return endOfDay(addDays(calendarDateOf(issuedAt), expiry.days));
}

/** A ticket that could never be used (expired already, or expiring before it becomes usable) is not issued. */
function assertUsableBeforeExpiry(tickets: readonly Ticket[], now: Date): void {
  const issuedAt = now.toISOString();
  const unusable = tickets.find((ticket) => ticket.expiresAt !== null && ticket.expiresAt <= latest(ticket.usableFrom ?? issuedAt, issuedAt));
  if (unusable) {
    throw failedPrecondition('TICKET_NEVER_USABLE', 'A ticket would expire before it could be used; check the expiry and usable-from dates.', {
      productId: unusable.productId,
    });
  }
}

function latest(a: string, b: string): string {
  return a > b ? a : b;
}
