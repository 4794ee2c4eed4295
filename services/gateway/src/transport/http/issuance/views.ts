import { z } from 'zod';
import type { issuanceV1 } from '@ecticket/contracts';
import { customerServiceView, knownValue, nullableTimestamp, orNull, timestamp, toCustomerService, unexpectedAnswer } from '../view-schemas';
import { checkoutFormView, toCheckoutForm } from '../payment/views';
import { orderState, paperPrinter, ticketForm, ticketType } from './enums';

/** What the products, orders, tickets, wallet and kiosk API answers (see view-schemas.ts for the rules every view follows). */

const calendarDate = z.string().nullable().describe('YYYY-MM-DD in Taiwan time; null: none.');
const money = z.number().int().describe('NTD');
const actorKind = z.enum(['staff', 'buyer', 'kiosk', 'system']);
const orderPaymentStatus = z.enum(['pending', 'authorized', 'failed', 'voided']);
const abandonReason = z.enum(['abandoned', 'issuance_window_expired']).nullable();
const ticketUsage = z.enum(['unused', 'redeemed', 'returned']).describe('As the redemption service reported it.');

function required<T>(value: T | null, what: string): T {
  if (value === null) throw unexpectedAnswer(`${what} without its content`);
  return value;
}

export const productView = z.object({
  id: z.string(),
  ticketType: ticketType.schema,
  name: z.string(),
  description: z.string(),
  faceValue: money,
  validity: z.object({
    usableFrom: calendarDate.describe('Null: usable from issue.'),
    expiresOn: calendarDate,
    validDays: z.number().int().nullable().describe('Usable through the day this many days after the issue day.'),
  }),
  immediatelyUsable: z.boolean(),
  redemptionBranchIds: z.array(z.string()).describe('Empty: every branch (R31).'),
  returnBranchIds: z.array(z.string()).describe('Empty: every branch (R31).'),
  listed: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export function toProduct(product: issuanceV1.Product__Output): z.infer<typeof productView> {
  const validity = required(product.validity, 'a product');
  return {
    id: product.id,
    ticketType: ticketType.fromProto(product.ticketType),
    name: product.name,
    description: product.description,
    faceValue: product.faceValue,
    validity: { usableFrom: orNull(validity.usableFrom), expiresOn: orNull(validity.expiresOn), validDays: validity.validDays === 0 ? null : validity.validDays },
    immediatelyUsable: product.immediatelyUsable,
    redemptionBranchIds: product.redemptionBranchIds,
    returnBranchIds: product.returnBranchIds,
    listed: product.listed,
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
  };
}

const actorView = z
  .object({
    kind: actorKind,
    accountId: z.string().nullable(),
    name: z.string().describe('The staff member, or the kiosk partner id.'),
    branch: z.object({ id: z.string(), name: z.string(), code: z.string() }).nullable().describe('Null: head office, or not staff.'),
  })
  .describe('Who did it (R21).');

function toActor(actor: issuanceV1.Actor__Output | null): z.infer<typeof actorView> {
  const { kind, accountId, name, branch } = required(actor, 'a history entry');
  return { kind: knownValue(actorKind, kind, 'actor kind'), accountId: orNull(accountId), name, branch: branch && { id: branch.id, name: branch.name, code: branch.code } };
}

const historyView = z.array(
  z.object({ at: timestamp, action: z.string().describe('e.g. `order.issued`, `ticket.transferred`'), actor: actorView, detail: z.string().nullable() }),
);

function toHistory(entries: readonly issuanceV1.HistoryEntry__Output[]): z.infer<typeof historyView> {
  return entries.map((entry) => ({ at: entry.at, action: entry.action, actor: toActor(entry.actor), detail: orNull(entry.detail) }));
}

export const noteView = z.object({
  id: z.string(),
  text: z.string(),
  ticketId: z.string().nullable().describe('Null: about the whole order.'),
  author: actorView,
  at: timestamp,
});

export function toNote(note: issuanceV1.Note__Output): z.infer<typeof noteView> {
  return { id: note.id, text: note.text, ticketId: orNull(note.ticketId), author: toActor(note.author), at: note.at };
}

const buyerView = z.object({ name: z.string(), phone: z.string().nullable(), email: z.string(), address: z.string().nullable() });

function toBuyer(buyer: issuanceV1.Buyer__Output | null): z.infer<typeof buyerView> {
  const { name, phone, email, address } = required(buyer, 'an order');
  return { name, phone: orNull(phone), email, address: orNull(address) };
}

export const orderView = z.object({
  id: z.string(),
  merchantOrderNo: z.string(),
  state: orderState.schema,
  buyer: buyerView,
  items: z.array(z.object({ productId: z.string(), productName: z.string(), ticketType: ticketType.schema, faceValue: money, quantity: z.number().int() })),
  amount: money.describe('The pickup vouchers’ face value; never changes once paid (R8).'),
  ticketCount: z.number().int(),
  ticketForm: ticketForm.schema,
  paperPrinter: paperPrinter.schema.nullable(),
  issueOnPayment: z.boolean(),
  giftVoucherExpiresOn: calendarDate,
  usableFrom: calendarDate,
  payment: z
    .object({
      paymentId: z.string().nullable(),
      status: orderPaymentStatus,
      processor: z.string().nullable(),
      authorizedAt: nullableTimestamp,
      voidedAt: nullableTimestamp,
      lastFailure: z.string().nullable(),
    })
    .nullable()
    .describe(
      "The order's record of its buyer's payment, up to the authorization (or its void/failure); null for gift vouchers only. Captures and refunds are the payment's own: see `payment` of getOrder.",
    ),
  issuanceDeadline: nullableTimestamp.describe('Paid orders not yet issued: the end of the issuance window (R26.1).'),
  issuedAt: nullableTimestamp,
  ticketIds: z.array(z.string()),
  abandonReason,
  abandonedAt: nullableTimestamp,
  branchId: z.string().nullable().describe('The branch that created it; null: head office.'),
  notes: z.array(noteView),
  history: historyView,
  createdAt: timestamp,
});

type OrderView = z.infer<typeof orderView>;

export function toOrder(message: issuanceV1.Order__Output | null): OrderView {
  const order = required(message, 'an order answer');
  return {
    id: order.id,
    merchantOrderNo: order.merchantOrderNo,
    state: orderState.fromProto(order.state),
    buyer: toBuyer(order.buyer),
    items: order.items.map((item) => ({
      productId: item.productId,
      productName: item.productName,
      ticketType: ticketType.fromProto(item.ticketType),
      faceValue: item.faceValue,
      quantity: item.quantity,
    })),
    amount: order.amount,
    ticketCount: order.ticketCount,
    ticketForm: ticketForm.fromProto(order.ticketForm),
    paperPrinter: order.paperPrinter === 'PAPER_PRINTER_UNSPECIFIED' ? null : paperPrinter.fromProto(order.paperPrinter),
    issueOnPayment: order.issueOnPayment,
    giftVoucherExpiresOn: orNull(order.giftVoucherExpiresOn),
    usableFrom: orNull(order.usableFrom),
    payment: order.payment && toOrderPayment(order.payment),
    issuanceDeadline: orNull(order.issuanceDeadline),
    issuedAt: orNull(order.issuedAt),
    ticketIds: order.ticketIds,
    abandonReason: knownValue(abandonReason, orNull(order.abandonReason), 'abandon reason'),
    abandonedAt: orNull(order.abandonedAt),
    branchId: orNull(order.branchId),
    notes: order.notes.map(toNote),
    history: toHistory(order.history),
    createdAt: order.createdAt,
  };
}

function toOrderPayment(payment: issuanceV1.Payment__Output): NonNullable<OrderView['payment']> {
  return {
    paymentId: orNull(payment.paymentId),
    status: knownValue(orderPaymentStatus, payment.status, 'payment status'),
    processor: orNull(payment.processor),
    authorizedAt: orNull(payment.authorizedAt),
    voidedAt: orNull(payment.voidedAt),
    lastFailure: orNull(payment.lastFailure),
  };
}

export const ticketView = z.object({
  id: z.string(),
  orderId: z.string(),
  ticketNumber: z.string().describe('16 characters of `0123456789ABCDEFGHJKMNPQRSTVWXYZ`.'),
  redemptionCode: z.string().describe("18 characters of the same alphabet; a bearer secret of the holder."),
  qrPayload: z.string().describe('What the QR code encodes: `v1.<kid>.<ticket number>.<redemption code>.<Ed25519 signature>`.'),
  productId: z.string(),
  productName: z.string(),
  ticketType: ticketType.schema,
  ticketForm: ticketForm.schema,
  faceValue: money,
  usableFrom: nullableTimestamp.describe('Null: from issue.'),
  expiresAt: nullableTimestamp.describe('The first instant it is no longer usable; null: no expiry.'),
  redemptionBranchIds: z.array(z.string()),
  returnBranchIds: z.array(z.string()),
  transferred: z.boolean(),
  printed: z.boolean(),
  printedAt: nullableTimestamp,
  issuedAt: timestamp,
  issuedBy: actorView,
  history: historyView,
  guaranteeEndsAt: nullableTimestamp.describe('Pickup vouchers: the end of the guarantee (escrow) period.'),
  usage: ticketUsage,
});

type TicketView = z.infer<typeof ticketView>;

export function toTicket(ticket: issuanceV1.Ticket__Output): TicketView {
  return {
    id: ticket.id,
    orderId: ticket.orderId,
    ticketNumber: ticket.ticketNumber,
    redemptionCode: ticket.redemptionCode,
    qrPayload: ticket.qrPayload,
    productId: ticket.productId,
    productName: ticket.productName,
    ticketType: ticketType.fromProto(ticket.ticketType),
    ticketForm: ticketForm.fromProto(ticket.ticketForm),
    faceValue: ticket.faceValue,
    usableFrom: orNull(ticket.usableFrom),
    expiresAt: orNull(ticket.expiresAt),
    redemptionBranchIds: ticket.redemptionBranchIds,
    returnBranchIds: ticket.returnBranchIds,
    transferred: ticket.transferred,
    printed: ticket.printed,
    printedAt: orNull(ticket.printedAt),
    issuedAt: ticket.issuedAt,
    issuedBy: toActor(ticket.issuedBy),
    history: toHistory(ticket.history),
    guaranteeEndsAt: orNull(ticket.guaranteeEndsAt),
    usage: knownValue(ticketUsage, ticket.usage, 'ticket usage'),
  };
}

export const orderDetailView = z.object({ order: orderView, tickets: z.array(ticketView) });

export function toOrderDetail(detail: issuanceV1.OrderDetail__Output): z.infer<typeof orderDetailView> {
  return { order: toOrder(detail.order), tickets: detail.tickets.map(toTicket) };
}

export const placedOrderView = z.object({
  order: orderView,
  checkout: checkoutFormView.nullable().describe('Null when nothing is to be paid (gift vouchers only, or paid already).'),
});

export function toPlacedOrder(placed: issuanceV1.CreateOrderResponse__Output): z.infer<typeof placedOrderView> {
  return { order: toOrder(placed.order), checkout: placed.checkout && toCheckoutForm(placed.checkout) };
}

export const notificationRequestView = z.object({
  id: z.string(),
  orderId: z.string(),
  reason: z.string().describe('`issued`, `buyer_changed`, `resend` or `ticket_transferred`.'),
  channels: z.array(z.string()).describe('`email`, and `sms` when the merchant’s SMS service is on (R16).'),
  links: z.array(z.string()),
  ticketIds: z.array(z.string()),
  requestedAt: timestamp,
});

export function toNotificationRequest(request: issuanceV1.NotificationRequest__Output): z.infer<typeof notificationRequestView> {
  return {
    id: request.id,
    orderId: request.orderId,
    reason: request.reason,
    channels: request.channels,
    links: request.links,
    ticketIds: request.ticketIds,
    requestedAt: request.requestedAt,
  };
}

const printableTicketView = z.object({
  ticketId: z.string(),
  ticketNumber: z.string(),
  redemptionCode: z.string(),
  qrPayload: z.string(),
  productName: z.string(),
  ticketType: ticketType.schema,
  faceValue: money,
  usableFrom: nullableTimestamp,
  expiresAt: nullableTimestamp,
  printed: z.boolean(),
});

function toPrintableTicket(ticket: issuanceV1.PrintableTicket__Output): z.infer<typeof printableTicketView> {
  return {
    ticketId: ticket.ticketId,
    ticketNumber: ticket.ticketNumber,
    redemptionCode: ticket.redemptionCode,
    qrPayload: ticket.qrPayload,
    productName: ticket.productName,
    ticketType: ticketType.fromProto(ticket.ticketType),
    faceValue: ticket.faceValue,
    usableFrom: orNull(ticket.usableFrom),
    expiresAt: orNull(ticket.expiresAt),
    printed: ticket.printed,
  };
}

export const printDataView = z.object({
  orderId: z.string(),
  buyer: buyerView,
  customerService: customerServiceView.describe('Printed on the ticket (R17).'),
  tickets: z.array(printableTicketView).describe('The unused tickets: not redeemed, returned or expired.'),
});

export function toPrintData(data: issuanceV1.PrintData__Output): z.infer<typeof printDataView> {
  return {
    orderId: data.orderId,
    buyer: toBuyer(data.buyer),
    customerService: toCustomerService(required(data.customerService, 'print data')),
    tickets: data.tickets.map(toPrintableTicket),
  };
}

export const printingView = z.object({
  ticketIds: z.array(z.string()).describe('The tickets this call marked printed.'),
  printedAt: timestamp,
});

export function toPrinting(printing: issuanceV1.MarkPrintedResponse__Output): z.infer<typeof printingView> {
  return { ticketIds: printing.ticketIds, printedAt: printing.printedAt };
}

const walletTicketUsage = z
  .enum(['unused', 'redeemed', 'returned', 'expired'])
  .describe('Whether it can still be used: `unused`; `redeemed` or `returned` as the redemption service reported it; `expired`: unused past `expiresAt`.');

export const walletView = z.object({
  holderName: z.string(),
  customerService: customerServiceView.describe("The merchant's customer service (R17)."),
  tickets: z.array(
    z.object({
      ticketId: z.string(),
      ticketNumber: z.string(),
      redemptionCode: z.string().nullable().describe('Null once transferred away.'),
      qrPayload: z.string().nullable().describe('What its QR code encodes; null once transferred away.'),
      productName: z.string(),
      productDescription: z.string(),
      ticketType: ticketType.schema,
      faceValue: money,
      usableFrom: nullableTimestamp,
      expiresAt: nullableTimestamp.describe('The first instant it is no longer usable; null: no expiry.'),
      transferredAway: z.boolean(),
      usage: walletTicketUsage,
    }),
  ),
});

export type WalletView = z.infer<typeof walletView>;

export function toWallet(wallet: issuanceV1.Wallet__Output): WalletView {
  return {
    holderName: wallet.holderName,
    customerService: toCustomerService(required(wallet.customerService, 'a wallet')),
    tickets: wallet.tickets.map((ticket) => ({
      ticketId: ticket.ticketId,
      ticketNumber: ticket.ticketNumber,
      redemptionCode: orNull(ticket.redemptionCode),
      qrPayload: orNull(ticket.qrPayload),
      productName: ticket.productName,
      productDescription: ticket.productDescription,
      ticketType: ticketType.fromProto(ticket.ticketType),
      faceValue: ticket.faceValue,
      usableFrom: orNull(ticket.usableFrom),
      expiresAt: orNull(ticket.expiresAt),
      transferredAway: ticket.transferredAway,
      usage: knownValue(walletTicketUsage, ticket.usage, 'wallet ticket usage'),
    })),
  };
}

export const transferView = z.object({ ticketId: z.string(), transferredAt: timestamp });

export const kioskOrderView = z.object({
  orderId: z.string(),
  buyerName: z.string(),
  customerService: customerServiceView.describe('Printed on the ticket (R17).'),
  tickets: z.array(printableTicketView).describe('At most 8 (R26.4).'),
});

export function toKioskOrder(order: issuanceV1.KioskOrder__Output): z.infer<typeof kioskOrderView> {
  return {
    orderId: order.orderId,
    buyerName: order.buyerName,
    customerService: toCustomerService(required(order.customerService, 'a kiosk order')),
    tickets: order.tickets.map(toPrintableTicket),
  };
}

export const kioskPrintingView = z.object({ orderId: z.string(), ticketIds: z.array(z.string()), printedAt: timestamp });
