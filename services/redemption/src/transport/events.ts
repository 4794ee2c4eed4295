import { routingKeyOf, type ServiceRuntime } from '@ecticket/platform';
import { ticketIssuedV1, ticketTransferredV1 } from '@ecticket/contracts';
import type { RedemptionDeps } from '../application/ports';
import { recordIssuedTicket } from '../application/record-issued-ticket';
import { recordTransferredTicket } from '../application/record-transferred-ticket';

/** Each issued ticket gets its usage record; a transfer renews its redemption code. */
export function subscribeToTicketEvents(runtime: ServiceRuntime, deps: RedemptionDeps): void {
  runtime.onEventsByKey({
    [routingKeyOf(ticketIssuedV1)]: (envelope) => recordIssuedTicket(deps, envelope),
    [routingKeyOf(ticketTransferredV1)]: (envelope) => recordTransferredTicket(deps, envelope),
  });
}
