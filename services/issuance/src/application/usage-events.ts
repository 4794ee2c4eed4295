import { ticketRedeemedV1, ticketRedemptionCancelledV1, ticketReturnCancelledV1, ticketReturnedV1 } from '@ecticket/contracts';
import { consumeOnce, parseEvent, type EventEnvelope } from '@ecticket/platform';
import { withUsage, type UsageState } from '../domain/ticket';
import { tickets } from '../infrastructure/collections';
import { replaceExisting } from './persistence';
import type { IssuanceDeps } from './ports';

/** The inbox name under which ticket usage events are applied once each. */
const USAGE_CONSUMER = 'issuance.usage';

/** ticket.redeemed.v1: the ticket is no longer printed as paper print data, nor transferred. */
export async function onTicketRedeemed(deps: IssuanceDeps, envelope: EventEnvelope): Promise<void> {
  const { data } = parseEvent(ticketRedeemedV1, envelope);
  await recordUsage(deps, envelope, data.ticketId, 'redeemed', data.redeemedAt);
}

export async function onTicketReturned(deps: IssuanceDeps, envelope: EventEnvelope): Promise<void> {
  const { data } = parseEvent(ticketReturnedV1, envelope);
  await recordUsage(deps, envelope, data.ticketId, 'returned', data.returnedAt);
}

/** R30: a cancelled redemption or return makes the ticket unused again. */
export async function onTicketRedemptionCancelled(deps: IssuanceDeps, envelope: EventEnvelope): Promise<void> {
  const { data } = parseEvent(ticketRedemptionCancelledV1, envelope);
  await recordUsage(deps, envelope, data.ticketId, 'unused', data.cancelledAt);
}

export async function onTicketReturnCancelled(deps: IssuanceDeps, envelope: EventEnvelope): Promise<void> {
  const { data } = parseEvent(ticketReturnCancelledV1, envelope);
  await recordUsage(deps, envelope, data.ticketId, 'unused', data.cancelledAt);
}

async function recordUsage(deps: IssuanceDeps, envelope: EventEnvelope, ticketId: string, state: UsageState, at: string): Promise<void> {
  await consumeOnce(
    deps.store,
    USAGE_CONSUMER,
    envelope,
    async () => {
      const before = await deps.store.collection(tickets).get(ticketId);
      if (!before) {
        deps.logger.warn({ eventType: envelope.type, ticketId }, 'usage event for an unknown ticket ignored');
        return [];
      }
      const after = withUsage(before, state, new Date(at).toISOString());
      return after === before ? [] : [replaceExisting(tickets, before, after)];
    },
    deps.clock,
  );
}
