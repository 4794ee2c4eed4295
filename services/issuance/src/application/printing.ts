import type { WriteOperation } from '@ecticket/platform';
import type { ActorRef } from '../domain/actor';
import { isPrinted, markPrinted, type Ticket } from '../domain/ticket';
import { tickets as ticketCollection, type Stored } from '../infrastructure/collections';
import type { PendingEvent } from './commit';
import { ticketPrinted } from './events';
import { replaceExisting } from './persistence';

export interface Printing {
  /** The tickets this printing marked; those printed before are left as they were. */
  readonly printed: readonly Ticket[];
  readonly writes: readonly WriteOperation[];
  readonly events: readonly PendingEvent[];
}

/** Tickets that came out of a printer: each marked printed once (R27 then locks the buyer), with a ticket.printed.v1. */
export function printingOf(tickets: readonly Stored<Ticket>[], actor: ActorRef, now: Date): Printing {
  const changes = tickets.filter((ticket) => !isPrinted(ticket)).map((before) => ({ before, after: markPrinted(before, actor, now) }));
  return {
    printed: changes.map(({ after }) => after),
    writes: changes.map(({ before, after }) => replaceExisting(ticketCollection, before, after)),
    events: changes.map(({ after }) => ticketPrinted(after, actor, now)),
  };
}
