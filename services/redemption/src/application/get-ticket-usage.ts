import type { Redemption, TicketReturn } from '../domain/records';
import { ticketNotFound } from '../domain/refusals';
import { ticketReferenceOf } from '../domain/ticket-reference';
import type { TicketUsage } from '../domain/ticket';
import { redemptions, ticketReturns } from '../infrastructure/collections';
import { authorize } from './authorize';
import type { RedemptionDeps } from './ports';
import { findTicket, mayRedeem } from './tickets';
import { recordsVisibleTo } from './visibility';

export interface GetTicketUsageInput {
  readonly ticketId: string;
  readonly ticketNumber: string;
  readonly redemptionCode: string;
}

export interface TicketUsageView {
  readonly usage: TicketUsage;
  /** Oldest first; only those the caller sees (R22.2). */
  readonly redemptions: readonly Redemption[];
  readonly returns: readonly TicketReturn[];
}

/** A ticket's state and history, for the issuer's staff and for redeemable stores of its product (R18). */
export async function getTicketUsage(deps: RedemptionDeps, accessToken: string | null, input: GetTicketUsageInput): Promise<TicketUsageView> {
  const reference = ticketReferenceOf({ ticketId: input.ticketId, ticketNumber: input.ticketNumber, redemptionCode: input.redemptionCode });
  const staff = await authorize(deps, accessToken, { permission: null, mutating: false });
  const usage = await findTicket(deps, reference);
  if (!(await mayRedeem(deps, staff, usage))) throw ticketNotFound();
  const filter = { ...recordsVisibleTo(staff), 'ticket.ticketId': usage.id };
  const [redeemed, returned] = await Promise.all([
    deps.store.collection(redemptions).find(filter, { sort: { sortKey: 1 } }),
    deps.store.collection(ticketReturns).find(filter, { sort: { sortKey: 1 } }),
  ]);
  return { usage, redemptions: redeemed, returns: returned };
}
