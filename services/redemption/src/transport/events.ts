import { routingKeyOf, type ServiceRuntime } from '@ecticket/platform';
import { ticketIssuedV1 } from '@ecticket/contracts';
import type { RedemptionDeps } from '../application/ports';
import { recordIssuedTicket } from '../application/record-issued-ticket';

/** Each issued ticket gets its usage record. */
export function subscribeToIssuedTickets(runtime: ServiceRuntime, deps: RedemptionDeps): void {
  runtime.onEvents([routingKeyOf(ticketIssuedV1)], (envelope) => recordIssuedTicket(deps, envelope));
}
