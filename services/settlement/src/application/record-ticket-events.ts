import { failedPrecondition, type WriteOperation } from '@ecticket/platform';
import { issuedTicket, ticketOfUsage, type IssuedTicket, type TicketFields } from '../domain/ticket';
import { cancelUsage, isCardReturn, recordUsage, type Usage, type UsageRecord, type UsageRef } from '../domain/usage';
import { readTicketState, settleTicket, type TicketState } from './settle-ticket';
import type { SettlementDeps } from './ports';

/**
 * The effects of the ticket events settlement consumes, each a list of writes for one atomic
 * commit with the event's inbox row. Each records a fact and settles the ticket on what is then
 * known, so the order the events arrive in does not matter.
 */

/** ticket.issued: the ticket's face value, type and guarantee end. */
export async function recordTicketIssued(deps: SettlementDeps, issued: IssuedTicket): Promise<WriteOperation[]> {
  const state = await readTicketState(deps, issued.id, issued.orderId);
  return settleTicket(deps, state, { ticket: issuedTicket(state.ticket, issued), captured: isCaptured(state), usages: [] });
}

/** ticket.redeemed (R6), ticket.returned (R11). */
export async function recordTicketUsage(deps: SettlementDeps, ref: UsageRef, record: UsageRecord): Promise<WriteOperation[]> {
  const state = await readTicketState(deps, ref.ticketId, record.orderId);
  const usage = recordUsage(usageOf(state, ref.id), ref, record);
  return settleTicket(deps, state, { ticket: state.ticket ?? ticketOfUsage(ref.ticketId, record), captured: isCaptured(state), usages: [usage] });
}

/** ticket.redemption_cancelled, ticket.return_cancelled (R30): the usage's movement is reversed. */
export async function recordUsageCancelled(deps: SettlementDeps, ref: UsageRef, ticket: TicketFields): Promise<WriteOperation[]> {
  const state = await readTicketState(deps, ref.ticketId, ticket.orderId);
  const usage = cancelUsage(usageOf(state, ref.id), ref, deps.clock.now());
  return settleTicket(deps, state, { ticket: state.ticket ?? ticketOfUsage(ref.ticketId, ticket), captured: isCaptured(state), usages: [usage] });
}

/** payment.refunded: the card refund of the ticket's return was paid (R11). */
export async function recordRefundPaid(deps: SettlementDeps, ticketId: string, orderId: string, refundedAt: string): Promise<WriteOperation[]> {
  const state = await readTicketState(deps, ticketId, orderId);
  const cardReturn = state.usages.find(isCardReturn);
  if (!state.ticket || !cardReturn) {
    throw failedPrecondition('RETURN_NOT_KNOWN', `No card return of ticket ${ticketId} is known yet.`, { ticketId });
  }
  if (cardReturn.refundPaidAt !== null) return [];
  return settleTicket(deps, state, { ticket: state.ticket, captured: isCaptured(state), usages: [{ ...cardReturn, refundPaidAt: refundedAt }] });
}

function usageOf(state: TicketState, usageId: string): Usage | null {
  return state.usages.find((usage) => usage.id === usageId) ?? null;
}

function isCaptured(state: TicketState): boolean {
  return state.order?.captured ?? false;
}
