import { routingKeyOf, type EventEnvelope, type ServiceRuntime } from '@ecticket/platform';
import { ticketIssuedV1, ticketTransferredV1 } from '@ecticket/contracts';
import type { RedemptionDeps } from '../application/ports';
import { recordIssuedTicket } from '../application/record-issued-ticket';
import { recordTransferredTicket } from '../application/record-transferred-ticket';

const handlers: ReadonlyMap<string, (deps: RedemptionDeps, envelope: EventEnvelope) => Promise<void>> = new Map([
  [routingKeyOf(ticketIssuedV1), recordIssuedTicket],
  [routingKeyOf(ticketTransferredV1), recordTransferredTicket],
]);

/** Each issued ticket gets its usage record; a transfer renews its redemption code. */
export function subscribeToTicketEvents(runtime: ServiceRuntime, deps: RedemptionDeps): void {
  runtime.onEvents([...handlers.keys()], async (envelope) => {
    const handle = handlers.get(routingKeyOf(envelope));
    if (!handle) throw new Error(`no handler for ${routingKeyOf(envelope)}`);
    await handle(deps, envelope);
  });
}
