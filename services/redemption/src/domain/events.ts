import {
  ticketExpiredV1,
  ticketRedeemedV1,
  ticketRedemptionCancelledV1,
  ticketReturnCancelledV1,
  ticketReturnedV1,
  type EventSchema,
  type TicketExpiredV1,
  type TicketRedeemedV1,
  type TicketRedemptionCancelledV1,
  type TicketReturnCancelledV1,
  type TicketReturnedV1,
} from '@ecticket/contracts';
import type { Cancellation, Redemption, TicketReturn } from './records';
import type { TicketSummary, TicketUsage } from './ticket';

/** A fact to publish, with the versioned contract of packages/contracts/src/events/redemption.ts it satisfies. */
export interface DomainEvent {
  readonly contract: EventSchema;
  /** The ticket's issuer: the tenant whose ledger and webhooks the event concerns. */
  readonly merchantId: string;
  readonly data: unknown;
}

function domainEvent(contract: EventSchema, ticket: TicketSummary, data: unknown): DomainEvent {
  return { contract, merchantId: ticket.issuerMerchantId, data };
}

function ticketFields(ticket: TicketSummary) {
  return {
    ticketId: ticket.ticketId,
    ticketNumber: ticket.ticketNumber,
    orderId: ticket.orderId,
    merchantId: ticket.issuerMerchantId,
    productId: ticket.productId,
    ticketType: ticket.ticketType,
    faceValue: ticket.faceValue,
  };
}

export function ticketRedeemed(redemption: Redemption): DomainEvent {
  const data: TicketRedeemedV1 = {
    ...ticketFields(redemption.ticket),
    operator: redemption.operator,
    redemptionId: redemption.id,
    redeemedByMerchantId: redemption.merchantId,
    redeemedAt: redemption.at,
  };
  return domainEvent(ticketRedeemedV1, redemption.ticket, data);
}

export function ticketReturned(ticketReturn: TicketReturn): DomainEvent {
  const data: TicketReturnedV1 = {
    ...ticketFields(ticketReturn.ticket),
    operator: ticketReturn.operator,
    returnId: ticketReturn.id,
    refund: ticketReturn.refund,
    reason: ticketReturn.reason,
    returnedAt: ticketReturn.at,
  };
  return domainEvent(ticketReturnedV1, ticketReturn.ticket, data);
}

export function redemptionCancelled(redemption: Redemption): DomainEvent {
  const cancellation = cancellationOf(redemption);
  const data: TicketRedemptionCancelledV1 = {
    ...ticketFields(redemption.ticket),
    operator: cancellation.operator,
    redemptionId: redemption.id,
    reason: cancellation.reason,
    cancelledAt: cancellation.at,
  };
  return domainEvent(ticketRedemptionCancelledV1, redemption.ticket, data);
}

export function returnCancelled(ticketReturn: TicketReturn): DomainEvent {
  const cancellation = cancellationOf(ticketReturn);
  const data: TicketReturnCancelledV1 = {
    ...ticketFields(ticketReturn.ticket),
    operator: cancellation.operator,
    returnId: ticketReturn.id,
    reason: cancellation.reason,
    cancelledAt: cancellation.at,
  };
  return domainEvent(ticketReturnCancelledV1, ticketReturn.ticket, data);
}

export function ticketExpired(usage: TicketUsage): DomainEvent {
  if (usage.expiresAt === null) throw new Error(`ticket ${usage.id} has no expiry`);
  const data: TicketExpiredV1 = { ...ticketFields(usage.ticket), expiresAt: usage.expiresAt, expiredAt: usage.stateChangedAt };
  return domainEvent(ticketExpiredV1, usage.ticket, data);
}

function cancellationOf(record: Redemption | TicketReturn): Cancellation {
  if (record.cancellation === null) throw new Error(`${record.kind} ${record.id} is not cancelled`);
  return record.cancellation;
}
