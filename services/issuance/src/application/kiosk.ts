import { failedPrecondition, notFound } from '@ecticket/platform';
import { kioskActor } from '../domain/actor';
import { isPickupCode } from '../domain/codes';
import type { Order } from '../domain/order';
import { isPrinted, type Ticket } from '../domain/ticket';
import { requireId } from '../domain/validation';
import { orders, pickupCodes, type Stored } from '../infrastructure/collections';
import { commit } from './commit';
import { ticketsOfOrder } from './lookups';
import { retryingConflicts } from './persistence';
import type { CustomerService, IssuanceDeps } from './ports';
import { printingOf } from './printing';
import { ticketView, type TicketView } from './views';

export interface KioskOrder {
  readonly order: Order;
  readonly customerService: CustomerService;
  readonly tickets: readonly TicketView[];
}

export interface KioskPrinting {
  readonly orderId: string;
  readonly ticketIds: readonly string[];
  readonly printedAt: string;
}

/**
 * A convenience-store kiosk (its partner authenticated by the gateway) finds the order a buyer's
 * pickup code names, with what to print. Printed orders are not shown again.
 */
export async function lookupPickupCode(deps: IssuanceDeps, partnerId: string, pickupCode: string): Promise<KioskOrder> {
  const { order, tickets } = await pickupOrder(deps, partnerId, pickupCode);
  if (tickets.every(isPrinted)) throw failedPrecondition('TICKETS_ALREADY_PRINTED', 'The tickets of this pickup code were printed already.');
  const { customerService } = await deps.accounts.merchantTerms(order.merchantId);
  return { order, customerService, tickets: tickets.map((ticket) => ticketView(deps, ticket)) };
}

/** The kiosk printed the order: its tickets are marked printed (R27 then locks the buyer). Confirming again changes nothing. */
export async function confirmPrinting(deps: IssuanceDeps, partnerId: string, pickupCode: string): Promise<KioskPrinting> {
  return retryingConflicts(async () => {
    const { order, tickets } = await pickupOrder(deps, partnerId, pickupCode);
    const { printed, writes, events } = printingOf(tickets, kioskActor(partnerId), deps.clock.now());
    if (printed.length > 0) await commit(deps, writes, events);
    return { orderId: order.id, ticketIds: order.ticketIds, printedAt: firstPrintedAt([...printed, ...tickets]) };
  });
}

async function pickupOrder(deps: IssuanceDeps, partnerId: string, pickupCode: string): Promise<{ order: Order; tickets: Stored<Ticket>[] }> {
  requireId(partnerId, 'partnerId');
  const reservation = isPickupCode(pickupCode) ? await deps.store.collection(pickupCodes).get(pickupCode) : null;
  const order = reservation && (await deps.store.collection(orders).get(reservation.orderId));
  // A code replaced on a change of buyer (R27) keeps its reservation but no longer opens the order.
  if (!order || order.pickupCode !== pickupCode) throw notFound('PICKUP_CODE_NOT_FOUND', 'No order has this pickup code.');
  return { order, tickets: await ticketsOfOrder(deps, order.id) };
}

function firstPrintedAt(tickets: readonly Ticket[]): string {
  const times = tickets.flatMap((ticket) => (ticket.printedAt === null ? [] : [ticket.printedAt]));
  return times.reduce((first, time) => (time < first ? time : first));
}
