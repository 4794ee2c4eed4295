import { failedPrecondition, invalidArgument, notFound } from '@ecticket/platform';
import { historyEntry, staffActor, type ActorRef, type HistoryEntry, type Operator } from './actor';
import type { CalendarDate } from './calendar';
import { assertIssueOnPaymentPossible, assertTicketLimit } from './issuance-rules';
import { assertTicketTypeAllowed, snapshotOf, type Product, type ProductSnapshot } from './product';
import { isPrinted, isTransferred, type Contact, type Ticket } from './ticket';
import { requireEmail, requireIntegerInRange, requirePhone, requireText } from './validation';

/** R2: one platform for all three forms. */
export type TicketForm = 'electronic' | 'convenience_store' | 'paper';
export type PaperPrinter = 'merchant' | 'platform';
/** awaiting_payment → authorized → issued; authorized → voided (R9, R10); gift-only: created → issued. */
export type OrderState = 'created' | 'awaiting_payment' | 'authorized' | 'issued' | 'voided';
export type AbandonReason = 'abandoned' | 'issuance_window_expired';

export interface Buyer extends Contact {
  /** '' unless the platform delivers paper tickets. */
  readonly address: string;
}

export interface OrderItem {
  readonly product: ProductSnapshot;
  readonly quantity: number;
}

export interface PaymentRecord {
  /** null until the payment service reported on it. */
  readonly paymentId: string | null;
  readonly status: 'pending' | 'authorized' | 'failed' | 'voided';
  readonly processor: string | null;
  readonly authorizedAt: string | null;
  readonly voidedAt: string | null;
  readonly lastFailure: string | null;
}

export interface Note {
  readonly id: string;
  readonly text: string;
  /** null: about the whole order. */
  readonly ticketId: string | null;
  readonly author: ActorRef;
  readonly at: string;
}

export interface Order {
  readonly id: string;
  readonly merchantId: string;
  /** The storefront's number for it, unique per merchant. */
  readonly merchantOrderNo: string;
  /** The branch whose account created it (R22.2); null: head office. */
  readonly branchId: string | null;
  readonly buyer: Buyer;
  /** Counts changes of buyer: part of the wallet link, so a change closes the old link (R27). */
  readonly buyerVersion: number;
  readonly form: TicketForm;
  /** Paper orders only. */
  readonly paperPrinter: PaperPrinter | null;
  /** R8: never change once the order exists (no function here changes them). */
  readonly items: readonly OrderItem[];
  readonly amount: number;
  readonly issueOnPayment: boolean;
  /** R26.2 input. */
  readonly giftVoucherExpiresOn: CalendarDate | null;
  /** R26.3 input: the day non-immediate electronic tickets become usable. */
  readonly usableFrom: CalendarDate | null;
  readonly state: OrderState;
  /** null: gift vouchers only, nothing to pay. */
  readonly payment: PaymentRecord | null;
  readonly issuedAt: string | null;
  readonly ticketIds: readonly string[];
  /** Convenience-store orders, from issue on: what the buyer types at the kiosk. */
  readonly pickupCode: string | null;
  readonly abandonment: { readonly reason: AbandonReason; readonly at: string } | null;
  readonly notes: readonly Note[];
  readonly history: readonly HistoryEntry[];
  readonly createdAt: string;
}

export interface OrderDraft {
  readonly merchantOrderNo: string;
  readonly buyer: Buyer;
  readonly items: readonly { readonly productId: string; readonly quantity: number }[];
  readonly form: TicketForm;
  readonly paperPrinter: PaperPrinter | null;
  readonly issueOnPayment: boolean;
  readonly giftVoucherExpiresOn: CalendarDate | null;
  readonly usableFrom: CalendarDate | null;
}

export interface NewOrder {
  readonly id: string;
  readonly draft: OrderDraft;
  /** The merchant's products the draft names, by id. */
  readonly products: ReadonlyMap<string, Product>;
  readonly creator: Operator;
  readonly giftVouchersEnabled: boolean;
  readonly now: Date;
}

const MERCHANT_ORDER_NO = /^[A-Za-z0-9]{1,20}$/;
const MAX_ITEMS = 20;
const MAX_QUANTITY = 100;
const MAX_TICKETS_PER_ORDER = 200;

export function newOrder(input: NewOrder): Order {
  const { draft, creator, now } = input;
  const items = validItems(draft.items.map((item) => orderItem(item, input.products, input.giftVouchersEnabled)));
  const amount = amountOf(items);
  const order: Order = {
    id: input.id,
    merchantId: creator.merchantId,
    merchantOrderNo: merchantOrderNo(draft.merchantOrderNo),
    branchId: creator.branch?.id ?? null,
    buyer: validBuyer(draft.buyer, draft.form, draft.paperPrinter),
    buyerVersion: 1,
    form: draft.form,
    paperPrinter: paperPrinterOf(draft.form, draft.paperPrinter),
    items,
    amount,
    issueOnPayment: draft.issueOnPayment,
    giftVoucherExpiresOn: draft.giftVoucherExpiresOn,
    usableFrom: draft.usableFrom,
    state: amount > 0 ? 'awaiting_payment' : 'created',
    payment: amount > 0 ? pendingPayment : null,
    issuedAt: null,
    ticketIds: [],
    pickupCode: null,
    abandonment: null,
    notes: [],
    history: [historyEntry('order.created', staffActor(creator), now)],
    createdAt: now.toISOString(),
  };
  // Refused now rather than after payment: the items can never change to satisfy them later.
  assertTicketLimit(order);
  assertIssueOnPaymentPossible(order);
  return order;
}

/** A repeated CreateOrder of the same merchant order number is a replay only if it asks for the same thing. */
export function isSameRequest(order: Order, draft: OrderDraft): boolean {
  const requested = draft.items.map((item) => `${item.productId}×${item.quantity}`).join(',');
  const existing = order.items.map((item) => `${item.product.productId}×${item.quantity}`).join(',');
  return (
    requested === existing &&
    draft.form === order.form &&
    paperPrinterOf(draft.form, draft.paperPrinter) === order.paperPrinter &&
    draft.issueOnPayment === order.issueOnPayment &&
    draft.buyer.email.trim() === order.buyer.email
  );
}

/**
 * R9: the merchant abandons an order not yet issued — a paid one (its authorization is voided) or
 * one never paid (its checkout closes: the buyer can no longer pay it); R10: the system abandons a
 * paid one whose issuance window passed.
 */
export function abandonOrder(order: Order, reason: AbandonReason, actor: ActorRef, now: Date): Order {
  if (order.state === 'issued' || order.state === 'voided') {
    throw failedPrecondition('ORDER_NOT_ABANDONABLE', 'Only an order not yet issued (nor voided) can be abandoned (R9).', { state: order.state });
  }
  return {
    ...order,
    state: 'voided',
    abandonment: { reason, at: now.toISOString() },
    history: [...order.history, historyEntry('order.abandoned', actor, now, reason)],
  };
}

/**
 * R27: the merchant changes the buyer's data on their behalf until a ticket was transferred
 * (electronic) or printed (convenience store, paper).
 */
export function changeBuyer(order: Order, buyer: Buyer, tickets: readonly Ticket[], operator: Operator, now: Date): Order {
  if (order.state === 'voided') throw failedPrecondition('ORDER_VOIDED', 'The order was voided.');
  if (tickets.some(isTransferred)) {
    throw failedPrecondition('BUYER_LOCKED_BY_TRANSFER', 'A ticket of this order was transferred: the buyer can no longer be changed (R27).');
  }
  if (tickets.some(isPrinted)) {
    throw failedPrecondition('BUYER_LOCKED_BY_PRINTING', 'A ticket of this order was printed: the buyer can no longer be changed (R27).');
  }
  return {
    ...order,
    buyer: validBuyer(buyer, order.form, order.paperPrinter),
    buyerVersion: order.buyerVersion + 1,
    history: [...order.history, historyEntry('order.buyer_changed', staffActor(operator), now)],
  };
}

/** R32: a note on the order or on one of its tickets. */
export function addNote(
  order: Order,
  note: { readonly id: string; readonly text: string; readonly ticketId: string | null },
  operator: Operator,
  now: Date,
): { readonly order: Order; readonly note: Note } {
  if (note.ticketId !== null && !order.ticketIds.includes(note.ticketId)) {
    throw notFound('TICKET_NOT_FOUND', 'No such ticket in this order.');
  }
  const author = staffActor(operator);
  const added: Note = { id: note.id, text: requireText(note.text, 'text', 1, 500), ticketId: note.ticketId, author, at: now.toISOString() };
  return {
    order: { ...order, notes: [...order.notes, added], history: [...order.history, historyEntry('order.note_added', author, now, note.id)] },
    note: added,
  };
}

export function withHistory(order: Order, entry: HistoryEntry): Order {
  return { ...order, history: [...order.history, entry] };
}

const pendingPayment: PaymentRecord = { paymentId: null, status: 'pending', processor: null, authorizedAt: null, voidedAt: null, lastFailure: null };

function orderItem(item: OrderDraft['items'][number], products: ReadonlyMap<string, Product>, giftVouchersEnabled: boolean): OrderItem {
  const product = products.get(item.productId);
  if (!product) throw notFound('PRODUCT_NOT_FOUND', 'No such product.', { productId: item.productId });
  if (!product.listed) throw failedPrecondition('PRODUCT_NOT_LISTED', 'The product is delisted.', { productId: product.id });
  assertTicketTypeAllowed(product.ticketType, giftVouchersEnabled);
  return { product: snapshotOf(product), quantity: requireIntegerInRange(item.quantity, 'quantity', 1, MAX_QUANTITY) };
}

function validItems(items: readonly OrderItem[]): readonly OrderItem[] {
  if (items.length === 0 || items.length > MAX_ITEMS) {
    throw invalidArgument('INVALID_FIELD', `An order holds 1–${MAX_ITEMS} items.`, { field: 'items' });
  }
  const tickets = items.reduce((sum, item) => sum + item.quantity, 0);
  if (tickets > MAX_TICKETS_PER_ORDER) {
    throw invalidArgument('TOO_MANY_TICKETS', `An order holds at most ${MAX_TICKETS_PER_ORDER} tickets.`, { max: MAX_TICKETS_PER_ORDER });
  }
  return items;
}

/** What the buyer pays: the pickup vouchers' face value (gift vouchers are free). */
function amountOf(items: readonly OrderItem[]): number {
  return items.reduce((sum, item) => sum + item.product.faceValue * item.quantity, 0);
}

function merchantOrderNo(value: string): string {
  if (!MERCHANT_ORDER_NO.test(value)) {
    throw invalidArgument('INVALID_FIELD', 'merchantOrderNo must be 1–20 letters or digits.', { field: 'merchantOrderNo' });
  }
  return value;
}

function paperPrinterOf(form: TicketForm, printer: PaperPrinter | null): PaperPrinter | null {
  if (form !== 'paper') return null;
  if (printer === null) throw invalidArgument('PAPER_PRINTER_REQUIRED', 'Paper orders say who prints them: the merchant or the platform.');
  return printer;
}

/** What each form needs to reach the buyer: e-mail always, a phone for electronic tickets, an address when the platform posts paper. */
function validBuyer(buyer: Buyer, form: TicketForm, printer: PaperPrinter | null): Buyer {
  const postedByPlatform = form === 'paper' && printer === 'platform';
  if (postedByPlatform && buyer.address.trim() === '') {
    throw invalidArgument('INVALID_FIELD', 'buyer.address is required for paper tickets the platform prints and posts.', { field: 'buyer.address' });
  }
  return {
    name: requireText(buyer.name, 'buyer.name', 1, 100),
    email: requireEmail(buyer.email, 'buyer.email'),
    phone: requirePhone(buyer.phone, 'buyer.phone', form === 'electronic' ? 'electronic tickets' : false),
    address: requireText(buyer.address, 'buyer.address', postedByPlatform ? 1 : 0, 200),
  };
}
