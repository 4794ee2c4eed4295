import { consumeOnce, parseEvent, type EventEnvelope } from '@ecticket/platform';
import { ticketIssuedV1 } from '@ecticket/contracts';
import { usageOfIssuedTicket } from '../domain/ticket';
import { ticketUsages } from '../infrastructure/collections';
import { insertUsage } from './persistence';
import type { RedemptionDeps } from './ports';

/** The consumer name of this service's queue and inbox. */
export const REDEMPTION_CONSUMER = 'redemption';

/**
 * A ticket.issued.v1 makes the ticket's usage record, unused. A redelivered event is skipped by
 * the inbox; the same ticket announced again by another event finds its record and adds nothing.
 */
export async function recordIssuedTicket(deps: RedemptionDeps, envelope: EventEnvelope): Promise<void> {
  const { data } = parseEvent(ticketIssuedV1, envelope);
  await consumeOnce(
    deps.store,
    REDEMPTION_CONSUMER,
    envelope,
    async () => ((await deps.store.collection(ticketUsages).get(data.ticketId)) ? [] : [insertUsage(usageOfIssuedTicket(data))]),
    deps.clock,
  );
}
