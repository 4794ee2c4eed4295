import { notFound } from '@ecticket/platform';
import { tickets } from '../infrastructure/collections';
import { authorize } from './access';
import { orderInReach } from './lookups';
import type { IssuanceDeps, VerificationKey } from './ports';
import { ticketView, type TicketView } from './views';

/** Needs `orders`; a branch-bound sub-account reaches the tickets of its branch's orders only (R22.2). */
export async function getTicket(deps: IssuanceDeps, accessToken: string | null, ticketId: string): Promise<TicketView> {
  const operator = await authorize(deps, accessToken, { permission: 'orders', mutating: false });
  const ticket = await deps.store.collection(tickets).findOne({ id: ticketId, merchantId: operator.merchantId });
  if (!ticket) throw notFound('TICKET_NOT_FOUND', 'No such ticket.');
  await orderInReach(deps, operator, ticket.orderId);
  return ticketView(deps, ticket);
}

export function ticketVerificationKeys(deps: IssuanceDeps): readonly VerificationKey[] {
  return deps.signer.verificationKeys();
}
