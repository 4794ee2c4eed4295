import { paymentAuthorizedV1, paymentFailedV1, paymentVoidedV1, ticketRedeemedV1, ticketRedemptionCancelledV1, ticketReturnCancelledV1, ticketReturnedV1 } from '@ecticket/contracts';
import { routingKeyOf, type EventEnvelope, type ServiceRuntime } from '@ecticket/platform';
import { onPaymentAuthorized, onPaymentFailed, onPaymentVoided } from '../application/payment-events';
import type { IssuanceDeps } from '../application/ports';
import { onTicketRedeemed, onTicketRedemptionCancelled, onTicketReturnCancelled, onTicketReturned } from '../application/usage-events';

type Handler = (deps: IssuanceDeps, envelope: EventEnvelope) => Promise<void>;

const handlers: readonly (readonly [{ readonly type: string; readonly version: number }, Handler])[] = [
  [paymentAuthorizedV1, onPaymentAuthorized],
  [paymentFailedV1, onPaymentFailed],
  [paymentVoidedV1, onPaymentVoided],
  [ticketRedeemedV1, onTicketRedeemed],
  [ticketReturnedV1, onTicketReturned],
  [ticketRedemptionCancelledV1, onTicketRedemptionCancelled],
  [ticketReturnCancelledV1, onTicketReturnCancelled],
];

/** Payment and ticket-usage events; each use case applies an event once, through the inbox. */
export function subscribeToEvents(runtime: ServiceRuntime, deps: IssuanceDeps): void {
  runtime.onEventsByKey(Object.fromEntries(handlers.map(([contract, handle]) => [routingKeyOf(contract), (envelope: EventEnvelope) => handle(deps, envelope)])));
}
