import { newId } from '@ecticket/platform';
import { guaranteeExpiryOf } from '../domain/escrow';
import { tickets } from '../infrastructure/collections';
import { commit, retryOnConflict } from './persistence';
import type { SettlementDeps } from './ports';
import { readTicketState, settleTicket } from './settle-ticket';

const BATCH_SIZE = 100;

/**
 * R7: every pickup voucher still in escrow whose guarantee period has ended is released to its
 * merchant, due after the payout days, as a guarantee-expiry usage the next bank sync reports.
 * Returns how many were released.
 */
export async function releaseExpiredGuarantees(deps: SettlementDeps, now: Date): Promise<number> {
  let released = 0;
  for (let after = ''; ; ) {
    const batch = await deps.store
      .collection(tickets)
      .find({ position: 'escrow', 'issue.guaranteeEndsAt': { $lte: now.toISOString() }, id: { $gt: after } }, { sort: { id: 1 }, limit: BATCH_SIZE });
    for (const ticket of batch) if (await releaseTicket(deps, ticket.id, ticket.orderId, now)) released += 1;
    const last = batch.at(-1);
    if (!last || batch.length < BATCH_SIZE) return released;
    after = last.id;
  }
}

function releaseTicket(deps: SettlementDeps, ticketId: string, orderId: string, now: Date): Promise<boolean> {
  return retryOnConflict(async () => {
    const state = await readTicketState(deps, ticketId, orderId);
    const expiry = state.ticket && guaranteeExpiryOf(state.ticket, newId(), now);
    if (!state.ticket || !expiry) return false;
    await commit(deps, await settleTicket(deps, state, { ticket: state.ticket, captured: state.order?.captured ?? false, usages: [expiry] }));
    return true;
  });
}
