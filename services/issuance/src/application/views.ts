import type { Order } from '../domain/order';
import type { Ticket } from '../domain/ticket';
import type { IssuanceDeps } from './ports';

/** A ticket with its signed QR payload, derived on every read (never stored). */
export interface TicketView {
  readonly ticket: Ticket;
  readonly qrPayload: string;
}

export interface OrderDetail {
  readonly order: Order;
  readonly tickets: readonly TicketView[];
}

export function ticketView(deps: IssuanceDeps, ticket: Ticket): TicketView {
  return { ticket, qrPayload: deps.signer.qrPayload(ticket.ticketNumber, ticket.redemptionCode) };
}

export function orderDetail(deps: IssuanceDeps, order: Order, tickets: readonly Ticket[]): OrderDetail {
  return { order, tickets: tickets.map((ticket) => ticketView(deps, ticket)) };
}
