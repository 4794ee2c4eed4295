import { createHash } from 'node:crypto';
import {
  orderAbandonedV1,
  orderBuyerChangedV1,
  orderIssuedV1,
  orderNotificationRequestedV1,
  ticketIssuedV1,
  ticketPrintedV1,
  ticketTransferredV1,
  type OrderAbandonedV1,
  type OrderBuyerChangedV1,
  type OrderIssuedV1,
  type OrderNotificationRequestedV1,
  type TicketIssuedV1,
  type TicketPrintedV1,
  type TicketTransferredV1,
} from '@ecticket/contracts';
import type { ActorRef, Operator } from '../domain/actor';
import { captureAmountOf, type Issuance } from '../domain/issuance';
import type { NotificationRequest } from '../domain/notification';
import type { Order } from '../domain/order';
import type { Ticket } from '../domain/ticket';
import type { PendingEvent } from './commit';

/** Domain facts → the versioned payloads of packages/contracts/src/events/issuance.ts. */

/** How events name a redemption code (a bearer secret that never travels itself); its 90 random bits need no salt. */
function redemptionCodeHash(code: string): string {
  return createHash('sha256').update(code, 'ascii').digest('hex');
}

function event<Data>(contract: { readonly type: string; readonly version: number }, merchantId: string, data: Data): PendingEvent {
  return { type: contract.type, version: contract.version, merchantId, data };
}

/** order.issued.v1 (payment captures the pickup vouchers' face value) and one ticket.issued.v1 per ticket. */
export function issuanceEvents({ order, issuedAt, tickets }: Issuance): PendingEvent[] {
  const issued: OrderIssuedV1 = {
    orderId: order.id,
    merchantId: order.merchantId,
    captureAmount: captureAmountOf(tickets),
    ticketIds: tickets.map((ticket) => ticket.id),
    issuedAt,
  };
  return [event(orderIssuedV1, order.merchantId, issued), ...tickets.map(ticketIssued)];
}

function ticketIssued(ticket: Ticket): PendingEvent {
  const data: TicketIssuedV1 = {
    ticketId: ticket.id,
    ticketNumber: ticket.ticketNumber,
    orderId: ticket.orderId,
    merchantId: ticket.merchantId,
    productId: ticket.productId,
    productName: ticket.productName,
    ticketType: ticket.ticketType,
    form: ticket.form,
    faceValue: ticket.faceValue,
    usableFrom: ticket.usableFrom,
    expiresAt: ticket.expiresAt,
    redemptionBranchIds: [...ticket.redemptionBranchIds],
    returnBranchIds: [...ticket.returnBranchIds],
    issuedByAccountId: ticket.issuedBy.accountId,
    issuedByBranchId: ticket.issuedBy.branch?.id ?? null,
    issuedAt: ticket.issuedAt,
    guaranteeEndsAt: ticket.guaranteeEndsAt,
    redemptionCodeHash: redemptionCodeHash(ticket.redemptionCode),
  };
  return event(ticketIssuedV1, ticket.merchantId, data);
}

export function orderAbandoned(order: Order): PendingEvent {
  const { abandonment } = order;
  if (!abandonment) throw new Error(`order ${order.id} was not abandoned`);
  const data: OrderAbandonedV1 = { orderId: order.id, merchantId: order.merchantId, reason: abandonment.reason, abandonedAt: abandonment.at };
  return event(orderAbandonedV1, order.merchantId, data);
}

export function buyerChanged(order: Order, operator: Operator, at: Date): PendingEvent {
  const data: OrderBuyerChangedV1 = {
    orderId: order.id,
    merchantId: order.merchantId,
    changedByAccountId: operator.accountId,
    changedByBranchId: operator.branch?.id ?? null,
    changedAt: at.toISOString(),
  };
  return event(orderBuyerChangedV1, order.merchantId, data);
}

export function ticketTransferred(ticket: Ticket, at: Date): PendingEvent {
  const data: TicketTransferredV1 = {
    ticketId: ticket.id,
    orderId: ticket.orderId,
    merchantId: ticket.merchantId,
    transferredAt: at.toISOString(),
    redemptionCodeHash: redemptionCodeHash(ticket.redemptionCode),
  };
  return event(ticketTransferredV1, ticket.merchantId, data);
}

export function ticketPrinted(ticket: Ticket, actor: ActorRef, at: Date): PendingEvent {
  const data: TicketPrintedV1 = {
    ticketId: ticket.id,
    orderId: ticket.orderId,
    merchantId: ticket.merchantId,
    printedBy: actor.kind === 'kiosk' ? 'kiosk' : 'merchant',
    partnerId: actor.kind === 'kiosk' ? actor.name : null,
    printedByAccountId: actor.accountId,
    printedByBranchId: actor.branch?.id ?? null,
    printedAt: at.toISOString(),
  };
  return event(ticketPrintedV1, ticket.merchantId, data);
}

export function notificationRequested(request: NotificationRequest): PendingEvent {
  const data: OrderNotificationRequestedV1 = {
    requestId: request.id,
    orderId: request.orderId,
    merchantId: request.merchantId,
    reason: request.reason,
    form: request.form,
    recipient: { ...request.recipient },
    channels: [...request.channels],
    links: [...request.links],
    ticketIds: [...request.ticketIds],
    requestedByAccountId: request.requestedBy.accountId,
    requestedAt: request.at,
  };
  return event(orderNotificationRequestedV1, request.merchantId, data);
}
