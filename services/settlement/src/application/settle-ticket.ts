import { insertOperation, newId, updateOperation, type WriteOperation } from '@ecticket/platform';
import { planSettlement, positionOf, type PlacedStep } from '../domain/escrow';
import { needsPayoutDays, settle } from '../domain/settle';
import type { SettlementTicket } from '../domain/ticket';
import { supersede, type Usage } from '../domain/usage';
import { orders, payables, tickets, usages, type StoredOrder, type StoredTicket, type StoredUsage } from '../infrastructure/collections';
import { journalOperations, openAccounts } from './ledger-writes';
import { sortKeyOf } from './persistence';
import type { SettlementDeps } from './ports';

/** What is stored of one ticket: the ticket (null until an event told of it), its order and its usages. */
export interface TicketState {
  readonly ticket: StoredTicket | null;
  readonly order: StoredOrder | null;
  readonly usages: readonly StoredUsage[];
}

export async function readTicketState(deps: SettlementDeps, ticketId: string, orderId: string): Promise<TicketState> {
  const [ticket, order, found] = await Promise.all([
    deps.store.collection(tickets).get(ticketId),
    deps.store.collection(orders).get(orderId),
    deps.store.collection(usages).find({ ticketId }),
  ]);
  return { ticket, order, usages: found };
}

/** A change to what is known of a ticket. */
export interface TicketChange {
  readonly ticket: SettlementTicket;
  readonly captured: boolean;
  /** New or changed usages of the ticket. */
  readonly usages: readonly Usage[];
}

/**
 * The writes of a change to a ticket's facts, with everything it moves: the usages, the ticket and
 * its new path, the journals, payables made and voided. The ticket's revision guards them all, so
 * of two changes read from the same state only one commits (the other is read and decided again).
 */
export async function settleTicket(deps: SettlementDeps, state: TicketState, change: TicketChange): Promise<WriteOperation[]> {
  const now = deps.clock.now();
  const facts = { ticket: change.ticket, captured: change.captured, usages: mergeUsages(state.usages, change.usages) };
  const plan = planSettlement(facts);
  const payoutDays = needsPayoutDays(plan) ? await deps.terms.payoutDays(change.ticket.merchantId) : null;
  const result = settle(facts, plan, { now, newId, payoutDays });
  if (result.journals.length > 0) await openAccounts(deps, change.ticket.merchantId);
  const changedUsages = mergeUsages(change.usages, result.superseded.map((usage) => supersede(usage, now)));
  return [
    ...changedUsages.map((usage) => usageWrite(state, usage)),
    ...ticketWrites(state, change.ticket, result.path),
    ...result.journals.flatMap(journalOperations),
    ...result.payables.map((payable) => insertOperation(payables, payable)),
    ...result.voidedPayableIds.map((id) => updateOperation(payables, { id, status: 'open', final: false }, { $set: { status: 'void' } })),
  ];
}

/** `changes` replacing the usages of the same id. */
function mergeUsages(current: readonly Usage[], changes: readonly Usage[]): Usage[] {
  const byId = new Map<string, Usage>(current.map((usage) => [usage.id, usage]));
  for (const usage of changes) byId.set(usage.id, usage);
  return [...byId.values()];
}

function usageWrite(state: TicketState, usage: Usage): WriteOperation {
  const stored = state.usages.find((candidate) => candidate.id === usage.id);
  if (!stored) return insertOperation(usages, storedUsage(usage, 1));
  return updateOperation(usages, { id: usage.id, revision: stored.revision }, { $set: withoutId(storedUsage(usage, stored.revision + 1)) });
}

export function storedUsage(usage: Usage, revision: number): StoredUsage {
  const { id, kind, ticketId, record, bank, reversed, batchId, syncedAt, cancelledAt, refundPaidAt } = usage;
  const sortKey = sortKeyOf(record?.occurredAt ?? cancelledAt ?? '', id);
  return { id, kind, ticketId, record, bank, reversed, batchId, syncedAt, cancelledAt, refundPaidAt, sortKey, revision };
}

function ticketWrites(state: TicketState, ticket: SettlementTicket, path: readonly PlacedStep[]): WriteOperation[] {
  if (state.ticket) {
    const { revision } = state.ticket;
    return [updateOperation(tickets, { id: ticket.id, revision }, { $set: withoutId(storedTicket(ticket, path, revision + 1)) })];
  }
  return [insertOperation(tickets, storedTicket(ticket, path, 1)), ...newTicketOrderWrites(state.order, ticket)];
}

/**
 * A capture read before a new ticket must not commit without it, so a ticket added to an order not
 * yet captured increments the revision the capture requires unchanged. The ticket was settled only
 * on the order being uncaptured, so that is all its write requires of the order (not its revision):
 * the tickets of one order issued together do not conflict with each other. A captured order stays
 * captured and has no capture to come, so its new tickets leave it alone.
 */
function newTicketOrderWrites(order: StoredOrder | null, ticket: SettlementTicket): WriteOperation[] {
  if (!order) return [insertOperation(orders, uncapturedOrder(ticket))];
  if (order.captured) return [];
  return [updateOperation(orders, { id: order.id, captured: false }, { $inc: { revision: 1 } })];
}

function storedTicket(ticket: SettlementTicket, path: readonly PlacedStep[], revision: number): StoredTicket {
  const { id, merchantId, orderId, ticketNumber, productId, ticketType, faceValue, issue } = ticket;
  return { id, merchantId, orderId, ticketNumber, productId, ticketType, faceValue, issue, path, position: positionOf(path), revision };
}

function uncapturedOrder(ticket: SettlementTicket): StoredOrder {
  return { id: ticket.orderId, merchantId: ticket.merchantId, captured: false, capturedAt: null, capturedAmount: 0, paymentId: null, revision: 1 };
}

function withoutId<T extends { readonly id: string }>(document: T): Omit<T, 'id'> {
  const { id: _id, ...fields } = document;
  return fields;
}
