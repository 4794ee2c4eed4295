import { paymentAuthorizedV1, paymentFailedV1, paymentVoidedV1, ticketRedeemedV1, ticketRedemptionCancelledV1, ticketReturnCancelledV1, ticketReturnedV1 } from '@ecticket/contracts';
import { routingKeyOf, type EventConsumer, type EventEnvelope } from '@ecticket/platform';
import { onPaymentAuthorized, onPaymentFailed, onPaymentVoided } from '../application/payment-events';
import type { IssuanceDeps } from '../application/ports';
import { onTicketRedeemed, onTicketRedemptionCancelled, onTicketReturnCancelled, onTicketReturned } from '../application/usage-events';

type Handler = (deps: IssuanceDeps, envelope: EventEnvelope) => Promise<void>;

const handlers: ReadonlyMap<string, Handler> = new Map([
  [routingKeyOf(paymentAuthorizedV1), onPaymentAuthorized],
  [routingKeyOf(paymentFailedV1), onPaymentFailed],
  [routingKeyOf(paymentVoidedV1), onPaymentVoided],
  [routingKeyOf(ticketRedeemedV1), onTicketRedeemed],
  [routingKeyOf(ticketReturnedV1), onTicketReturned],
  [routingKeyOf(ticketRedemptionCancelledV1), onTicketRedemptionCancelled],
  [routingKeyOf(ticketReturnCancelledV1), onTicketReturnCancelled],
]);

/** The routing keys this service subscribes to. */
export const consumedEvents: readonly string[] = [...handlers.keys()];

/** Payment and ticket-usage events; each use case applies an event once, through the inbox. */
export function eventConsumer(deps: IssuanceDeps): EventConsumer {
  return async (envelope) => {
    const handler = handlers.get(routingKeyOf(envelope));
    if (!handler) throw new Error(`no handler for ${routingKeyOf(envelope)}`);
    await handler(deps, envelope);
  };
}
