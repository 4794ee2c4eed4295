import type { issuanceV1 } from '@ecticket/contracts';
import type { DeliveryLinks } from '../../application/delivery-links';
import type { KioskOrder } from '../../application/kiosk';
import type { PrintData } from '../../application/paper-printing';
import type { CheckoutForm, CustomerService, VerificationKey } from '../../application/ports';
import type { OrderDetail, TicketView } from '../../application/views';
import type { WalletEntry, WalletView } from '../../application/wallet';
import type { ActorRef, HistoryEntry } from '../../domain/actor';
import { issuanceDeadline, ticketCount } from '../../domain/issuance-rules';
import type { NotificationRequest } from '../../domain/notification';
import type { Buyer, Note, Order } from '../../domain/order';
import type { Product, Validity } from '../../domain/product';
import { isPrinted, isTransferred } from '../../domain/ticket';
import { orderStateEnum, paperPrinterEnum, ticketFormEnum, ticketTypeEnum } from './enums';

/** Domain views → protobuf messages: every field is listed, so nothing leaves that was not meant to. */

export function productMessage(product: Product): issuanceV1.Product {
  return {
    id: product.id,
    ticketType: ticketTypeEnum[product.ticketType],
    name: product.name,
    description: product.description,
    faceValue: product.faceValue,
    validity: validityMessage(product.validity),
    immediatelyUsable: product.immediatelyUsable,
    redemptionBranchIds: [...product.redemptionBranchIds],
    returnBranchIds: [...product.returnBranchIds],
    listed: product.listed,
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
  };
}

/** `windowDays` dates the end of the issuance window (R26.1). */
export function orderMessage(order: Order, windowDays: number): issuanceV1.Order {
  const { payment, abandonment } = order;
  return {
    id: order.id,
    merchantOrderNo: order.merchantOrderNo,
    state: orderStateEnum[order.state],
    buyer: buyerMessage(order.buyer),
    items: order.items.map(({ product, quantity }) => ({
      productId: product.productId,
      productName: product.name,
      ticketType: ticketTypeEnum[product.ticketType],
      faceValue: product.faceValue,
      quantity,
    })),
    amount: order.amount,
    ticketCount: ticketCount(order),
    ticketForm: ticketFormEnum[order.form],
    paperPrinter: order.paperPrinter === null ? 'PAPER_PRINTER_UNSPECIFIED' : paperPrinterEnum[order.paperPrinter],
    issueOnPayment: order.issueOnPayment,
    giftVoucherExpiresOn: order.giftVoucherExpiresOn ?? '',
    usableFrom: order.usableFrom ?? '',
    payment: payment && {
      paymentId: payment.paymentId ?? '',
      status: payment.status,
      processor: payment.processor ?? '',
      authorizedAt: payment.authorizedAt ?? '',
      voidedAt: payment.voidedAt ?? '',
      lastFailure: payment.lastFailure ?? '',
    },
    issuanceDeadline: order.state === 'authorized' ? (issuanceDeadline(order, windowDays)?.toISOString() ?? '') : '',
    issuedAt: order.issuedAt ?? '',
    ticketIds: [...order.ticketIds],
    abandonReason: abandonment?.reason ?? '',
    abandonedAt: abandonment?.at ?? '',
    branchId: order.branchId ?? '',
    notes: order.notes.map(noteMessage),
    history: order.history.map(historyMessage),
    createdAt: order.createdAt,
  };
}

export function orderDetailMessage(detail: OrderDetail, windowDays: number): issuanceV1.OrderDetail {
  return { order: orderMessage(detail.order, windowDays), tickets: detail.tickets.map(ticketMessage) };
}

export function checkoutMessage(checkout: CheckoutForm | null): issuanceV1.CheckoutForm | null {
  return checkout && { actionUrl: checkout.actionUrl, method: checkout.method, fields: { ...checkout.fields } };
}

export function ticketMessage({ ticket, qrPayload }: TicketView): issuanceV1.Ticket {
  return {
    id: ticket.id,
    orderId: ticket.orderId,
    merchantId: ticket.merchantId,
    ticketNumber: ticket.ticketNumber,
    redemptionCode: ticket.redemptionCode,
    qrPayload,
    productId: ticket.productId,
    productName: ticket.productName,
    ticketType: ticketTypeEnum[ticket.ticketType],
    ticketForm: ticketFormEnum[ticket.form],
    faceValue: ticket.faceValue,
    usableFrom: ticket.usableFrom ?? '',
    expiresAt: ticket.expiresAt ?? '',
    redemptionBranchIds: [...ticket.redemptionBranchIds],
    returnBranchIds: [...ticket.returnBranchIds],
    transferred: isTransferred(ticket),
    printed: isPrinted(ticket),
    printedAt: ticket.printedAt ?? '',
    issuedAt: ticket.issuedAt,
    issuedBy: actorMessage(ticket.issuedBy),
    history: ticket.history.map(historyMessage),
    guaranteeEndsAt: ticket.guaranteeEndsAt ?? '',
    usage: ticket.usage.state,
  };
}

function printableTicketMessage({ ticket, qrPayload }: TicketView): issuanceV1.PrintableTicket {
  return {
    ticketId: ticket.id,
    ticketNumber: ticket.ticketNumber,
    redemptionCode: ticket.redemptionCode,
    qrPayload,
    productName: ticket.productName,
    ticketType: ticketTypeEnum[ticket.ticketType],
    faceValue: ticket.faceValue,
    usableFrom: ticket.usableFrom ?? '',
    expiresAt: ticket.expiresAt ?? '',
    printed: isPrinted(ticket),
  };
}

export function noteMessage(note: Note): issuanceV1.Note {
  return { id: note.id, text: note.text, ticketId: note.ticketId ?? '', author: actorMessage(note.author), at: note.at };
}

export function notificationRequestMessage(request: NotificationRequest): issuanceV1.NotificationRequest {
  return {
    id: request.id,
    orderId: request.orderId,
    reason: request.reason,
    channels: [...request.channels],
    links: [...request.links],
    ticketIds: [...request.ticketIds],
    requestedAt: request.at,
  };
}

export function printDataMessage(data: PrintData): issuanceV1.PrintData {
  return {
    orderId: data.order.id,
    buyer: buyerMessage(data.order.buyer),
    customerService: customerServiceMessage(data.customerService),
    tickets: data.tickets.map(printableTicketMessage),
  };
}

export function kioskOrderMessage(kiosk: KioskOrder): issuanceV1.KioskOrder {
  return {
    orderId: kiosk.order.id,
    buyerName: kiosk.order.buyer.name,
    customerService: customerServiceMessage(kiosk.customerService),
    tickets: kiosk.tickets.map(printableTicketMessage),
  };
}

export function walletMessage(wallet: WalletView): issuanceV1.Wallet {
  return { holderName: wallet.holderName, customerService: customerServiceMessage(wallet.customerService), tickets: wallet.tickets.map(walletTicketMessage) };
}

export function deliveryLinksMessage(links: DeliveryLinks): issuanceV1.DeliveryLinks {
  return {
    orderId: links.orderId,
    merchantOrderNo: links.merchantOrderNo,
    merchantName: links.merchantName,
    walletUrl: links.walletUrl,
    pickupCode: links.pickupCode,
    buyerEmail: links.buyer.email,
    buyerPhone: links.buyer.phone,
    paperPrinter: links.paperPrinter ?? '',
    transferredTickets: links.transferredTickets.map(({ ticketId, walletUrl, holder }) => ({ ticketId, walletUrl, holderEmail: holder.email, holderPhone: holder.phone })),
  };
}

export function verificationKeyMessage(key: VerificationKey): issuanceV1.TicketVerificationKey {
  return { kid: key.kid, algorithm: key.algorithm, publicKey: key.publicKey, publicKeyPem: key.publicKeyPem };
}

/** A ticket transferred away keeps its number but loses its codes in the former holder's wallet. */
function walletTicketMessage({ ticket, transferredAway, qrPayload, usage }: WalletEntry): issuanceV1.WalletTicket {
  return {
    ticketId: ticket.id,
    ticketNumber: ticket.ticketNumber,
    redemptionCode: transferredAway ? '' : ticket.redemptionCode,
    qrPayload: qrPayload ?? '',
    productName: ticket.productName,
    productDescription: ticket.productDescription,
    ticketType: ticketTypeEnum[ticket.ticketType],
    faceValue: ticket.faceValue,
    usableFrom: ticket.usableFrom ?? '',
    expiresAt: ticket.expiresAt ?? '',
    transferredAway,
    usage,
  };
}

function validityMessage(validity: Validity): issuanceV1.Validity {
  const { expiry } = validity;
  return {
    usableFrom: validity.usableFrom ?? '',
    expiresOn: expiry?.kind === 'on_date' ? expiry.date : '',
    validDays: expiry?.kind === 'days_after_issue' ? expiry.days : 0,
  };
}

function buyerMessage(buyer: Buyer): issuanceV1.Buyer {
  return { name: buyer.name, phone: buyer.phone, email: buyer.email, address: buyer.address };
}

function customerServiceMessage(service: CustomerService): issuanceV1.CustomerService {
  return { phone: service.phone, email: service.email, hours: service.hours, address: service.address, storeWebsiteUrl: service.storeWebsiteUrl };
}

function actorMessage(actor: ActorRef): issuanceV1.Actor {
  const { branch } = actor;
  return { kind: actor.kind, accountId: actor.accountId ?? '', name: actor.name, branch: branch && { id: branch.id, name: branch.name, code: branch.code } };
}

function historyMessage(entry: HistoryEntry): issuanceV1.HistoryEntry {
  return { at: entry.at, action: entry.action, actor: actorMessage(entry.actor), detail: entry.detail };
}
