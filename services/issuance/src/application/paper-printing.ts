import { failedPrecondition, notFound } from '@ecticket/platform';
import { staffActor, type Operator } from '../domain/actor';
import type { Order } from '../domain/order';
import { isUnused, type Ticket } from '../domain/ticket';
import type { Stored } from '../infrastructure/collections';
import { authorize } from './access';
import { commit } from './commit';
import { orderInReach, ticketsOfOrder } from './lookups';
import { retryingConflicts } from './persistence';
import type { CustomerService, IssuanceDeps } from './ports';
import { printingOf } from './printing';
import { ticketView, type TicketView } from './views';

export interface PrintData {
  readonly order: Order;
  /** R17: shown on paper tickets. */
  readonly customerService: CustomerService;
  readonly tickets: readonly TicketView[];
}

export interface PrintRecord {
  readonly ticketIds: readonly string[];
  readonly printedAt: string;
}

/** Paper orders (needs `issue`): the unused tickets (not redeemed, returned or expired), for the merchant's printer. */
export async function getPrintData(deps: IssuanceDeps, accessToken: string | null, orderId: string): Promise<PrintData> {
  const operator = await authorize(deps, accessToken, { permission: 'issue', mutating: false });
  const { order, tickets } = await paperOrder(deps, operator, orderId);
  const { customerService } = await deps.accounts.merchantTerms(order.merchantId);
  return { order, customerService, tickets: printable(tickets, deps.clock.now()).map((ticket) => ticketView(deps, ticket)) };
}

/** The merchant printed paper tickets (all of the print data when none are named); R27 then locks the buyer. */
export async function markPrinted(deps: IssuanceDeps, accessToken: string | null, orderId: string, ticketIds: readonly string[]): Promise<PrintRecord> {
  const operator = await authorize(deps, accessToken, { permission: 'issue', mutating: true });
  return retryingConflicts(async () => {
    const { tickets } = await paperOrder(deps, operator, orderId);
    const now = deps.clock.now();
    const chosen = ticketIds.length === 0 ? printable(tickets, now) : ticketIds.map((id) => ticketAmong(tickets, id));
    const { printed, writes, events } = printingOf(chosen, staffActor(operator), now);
    await commit(deps, writes, events);
    return { ticketIds: printed.map((ticket) => ticket.id), printedAt: now.toISOString() };
  });
}

async function paperOrder(deps: IssuanceDeps, operator: Operator, orderId: string): Promise<{ order: Order; tickets: Stored<Ticket>[] }> {
  const order = await orderInReach(deps, operator, orderId);
  if (order.form !== 'paper') throw failedPrecondition('NOT_A_PAPER_ORDER', 'Only paper orders are printed by the merchant.');
  if (order.state !== 'issued') throw failedPrecondition('ORDER_NOT_ISSUED', 'The order has no tickets yet.');
  return { order, tickets: await ticketsOfOrder(deps, order.id) };
}

function printable<T extends Ticket>(tickets: readonly T[], now: Date): T[] {
  return tickets.filter((ticket) => isUnused(ticket, now));
}

function ticketAmong<T extends Ticket>(tickets: readonly T[], ticketId: string): T {
  const ticket = tickets.find((candidate) => candidate.id === ticketId);
  if (!ticket) throw notFound('TICKET_NOT_FOUND', 'No such ticket in this order.', { ticketId });
  return ticket;
}
