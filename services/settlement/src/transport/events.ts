import {
  paymentCapturedV1,
  paymentRefundedV1,
  ticketIssuedV1,
  ticketRedeemedV1,
  ticketRedemptionCancelledV1,
  ticketReturnCancelledV1,
  ticketReturnedV1,
} from '@ecticket/contracts';
import { parseEvent, type EventConsumer, type EventEnvelope, type ServiceRuntime, type WriteOperation } from '@ecticket/platform';
import { consumeEvent } from '../application/persistence';
import type { SettlementDeps } from '../application/ports';
import { recordCapture } from '../application/record-capture';
import { recordRefundPaid, recordTicketIssued, recordTicketUsage, recordUsageCancelled } from '../application/record-ticket-events';
import type { TicketFields } from '../domain/ticket';
import type { Operator, UsageRecord } from '../domain/usage';

/**
 * The events settlement consumes, each validated against its contract, turned into the use case's
 * input and applied once (inbox). Timestamps are normalised to UTC ISO strings, which sort as text.
 */
export function subscribeToEvents(runtime: ServiceRuntime, deps: SettlementDeps): void {
  const on =
    <T>(decode: (envelope: EventEnvelope) => T, effect: (input: T) => Promise<readonly WriteOperation[]>): EventConsumer =>
    async (envelope) => {
      const input = decode(envelope);
      await consumeEvent(deps, envelope, () => effect(input));
    };
  const consumers: Readonly<Record<string, EventConsumer>> = {
    'ticket.issued.v1': on(issuedTicketOf, (ticket) => recordTicketIssued(deps, ticket)),
    'payment.captured.v1': on(captureOf, (capture) => recordCapture(deps, capture)),
    'ticket.redeemed.v1': on(redemptionOf, ({ ref, record }) => recordTicketUsage(deps, ref, record)),
    'ticket.returned.v1': on(returnOf, ({ ref, record }) => recordTicketUsage(deps, ref, record)),
    'ticket.redemption_cancelled.v1': on(redemptionCancellationOf, ({ ref, ticket }) => recordUsageCancelled(deps, ref, ticket)),
    'ticket.return_cancelled.v1': on(returnCancellationOf, ({ ref, ticket }) => recordUsageCancelled(deps, ref, ticket)),
    'payment.refunded.v1': on(refundOf, (refund) => recordRefundPaid(deps, refund.ticketId, refund.orderId, refund.refundedAt)),
  };
  runtime.onEventsByKey(consumers);
}

function issuedTicketOf(envelope: EventEnvelope) {
  const { data } = parseEvent(ticketIssuedV1, envelope);
  return {
    id: data.ticketId,
    ...ticketFieldsOf(data),
    issue: { productName: data.productName, issuedAt: utc(data.issuedAt), guaranteeEndsAt: data.guaranteeEndsAt === null ? null : utc(data.guaranteeEndsAt) },
  };
}

function captureOf(envelope: EventEnvelope) {
  const { data } = parseEvent(paymentCapturedV1, envelope);
  return { orderId: data.orderId, merchantId: data.merchantId, paymentId: data.paymentId, amount: data.amount, capturedAt: utc(data.capturedAt) };
}

function redemptionOf(envelope: EventEnvelope) {
  const { data } = parseEvent(ticketRedeemedV1, envelope);
  return {
    ref: { id: data.redemptionId, kind: 'redemption' as const, ticketId: data.ticketId },
    record: { ...usageRecordOf(data, data.redeemedAt, { refund: null, reason: '' }), usedByMerchantId: data.redeemedByMerchantId === data.merchantId ? null : data.redeemedByMerchantId },
  };
}

function returnOf(envelope: EventEnvelope) {
  const { data } = parseEvent(ticketReturnedV1, envelope);
  return {
    ref: { id: data.returnId, kind: 'return' as const, ticketId: data.ticketId },
    record: usageRecordOf(data, data.returnedAt, { refund: data.refund, reason: data.reason }),
  };
}

function redemptionCancellationOf(envelope: EventEnvelope) {
  const { data } = parseEvent(ticketRedemptionCancelledV1, envelope);
  return { ref: { id: data.redemptionId, kind: 'redemption' as const, ticketId: data.ticketId }, ticket: ticketFieldsOf(data) };
}

function returnCancellationOf(envelope: EventEnvelope) {
  const { data } = parseEvent(ticketReturnCancelledV1, envelope);
  return { ref: { id: data.returnId, kind: 'return' as const, ticketId: data.ticketId }, ticket: ticketFieldsOf(data) };
}

function refundOf(envelope: EventEnvelope) {
  const { data } = parseEvent(paymentRefundedV1, envelope);
  return { ticketId: data.ticketId, orderId: data.orderId, refundedAt: utc(data.refundedAt) };
}

function ticketFieldsOf(data: TicketFields): TicketFields {
  const { merchantId, orderId, ticketNumber, productId, ticketType, faceValue } = data;
  return { merchantId, orderId, ticketNumber, productId, ticketType, faceValue };
}

function usageRecordOf(data: TicketFields & { readonly operator: Operator }, occurredAt: string, returned: Pick<UsageRecord, 'refund' | 'reason'>): UsageRecord {
  const { accountId, accountName, branchId, branchName, branchCode } = data.operator;
  return { ...ticketFieldsOf(data), occurredAt: utc(occurredAt), ...returned, operator: { accountId, accountName, branchId, branchName, branchCode } };
}

function utc(timestamp: string): string {
  return new Date(timestamp).toISOString();
}
