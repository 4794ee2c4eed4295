import type { redemptionV1 } from '@ecticket/contracts';
import type { TicketUsageView } from '../../application/get-ticket-usage';
import type { Cancellation, RecordState, Redemption, Refund, TicketReturn } from '../../domain/records';
import { operatorLabel, type Operator } from '../../domain/staff';
import type { TicketSummary, TicketType, UsageState } from '../../domain/ticket';

/** Domain values → protobuf messages: every field is listed, so nothing leaves that was not meant to (never a code hash). */

const usageStateEnum: Readonly<Record<UsageState, redemptionV1.UsageState__Output>> = {
  unused: 'USAGE_STATE_UNUSED',
  redeemed: 'USAGE_STATE_REDEEMED',
  returned: 'USAGE_STATE_RETURNED',
  expired: 'USAGE_STATE_EXPIRED',
};

const ticketTypeEnum: Readonly<Record<TicketType, redemptionV1.TicketType__Output>> = {
  pickup_voucher: 'TICKET_TYPE_PICKUP_VOUCHER',
  gift_voucher: 'TICKET_TYPE_GIFT_VOUCHER',
};

const refundEnum: Readonly<Record<Refund, redemptionV1.Refund__Output>> = {
  card: 'REFUND_CARD',
  merchant: 'REFUND_MERCHANT',
  none: 'REFUND_NONE',
};

/** `pendingCancellation`: R30, the cancellation of it recorded and awaiting settlement. */
export function redemptionMessage(redemption: Redemption, pendingCancellation: Cancellation | null = null): redemptionV1.Redemption {
  return {
    id: redemption.id,
    ticket: ticketSummaryMessage(redemption.ticket),
    merchantId: redemption.merchantId,
    operator: operatorMessage(redemption.operator),
    redeemedAt: redemption.at,
    cancellation: cancellationMessage(redemption.cancellation),
    pendingCancellation: pendingCancellationMessage(pendingCancellation),
  };
}

export function returnMessage(ticketReturn: TicketReturn, pendingCancellation: Cancellation | null = null): redemptionV1.Return {
  return {
    id: ticketReturn.id,
    ticket: ticketSummaryMessage(ticketReturn.ticket),
    merchantId: ticketReturn.merchantId,
    operator: operatorMessage(ticketReturn.operator),
    returnedAt: ticketReturn.at,
    reason: ticketReturn.reason,
    refund: refundEnum[ticketReturn.refund],
    cancellation: cancellationMessage(ticketReturn.cancellation),
    pendingCancellation: pendingCancellationMessage(pendingCancellation),
  };
}

export function redemptionStateMessage({ record, pendingCancellation }: RecordState<Redemption>): redemptionV1.Redemption {
  return redemptionMessage(record, pendingCancellation);
}

export function returnStateMessage({ record, pendingCancellation }: RecordState<TicketReturn>): redemptionV1.Return {
  return returnMessage(record, pendingCancellation);
}

export function ticketUsageMessage({ usage, redemptions, returns, pendingCancellation }: TicketUsageView): redemptionV1.TicketUsage {
  return {
    ticket: ticketSummaryMessage(usage.ticket),
    state: usageStateEnum[usage.state],
    stateChangedAt: usage.stateChangedAt,
    usableFrom: usage.usableFrom ?? '',
    expiresAt: usage.expiresAt ?? '',
    guaranteeEndsAt: usage.guaranteeEndsAt ?? '',
    redemptionBranchIds: [...usage.redemptionBranchIds],
    returnBranchIds: [...usage.returnBranchIds],
    redemptions: redemptions.map(redemptionStateMessage),
    returns: returns.map(returnStateMessage),
    pendingCancellation: pendingCancellationMessage(pendingCancellation),
  };
}

function ticketSummaryMessage(ticket: TicketSummary): redemptionV1.TicketSummary {
  return {
    ticketId: ticket.ticketId,
    ticketNumber: ticket.ticketNumber,
    orderId: ticket.orderId,
    issuerMerchantId: ticket.issuerMerchantId,
    productId: ticket.productId,
    productName: ticket.productName,
    ticketType: ticketTypeEnum[ticket.ticketType],
    faceValue: ticket.faceValue,
  };
}

function operatorMessage(operator: Operator): redemptionV1.Operator {
  return {
    accountId: operator.accountId,
    accountName: operator.accountName,
    branchId: operator.branchId ?? '',
    branchName: operator.branchName ?? '',
    branchCode: operator.branchCode ?? '',
    label: operatorLabel(operator),
  };
}

function cancellationMessage(cancellation: Cancellation | null): redemptionV1.Cancellation | null {
  return cancellation && { cancelledAt: cancellation.at, reason: cancellation.reason, cancelledBy: operatorMessage(cancellation.operator) };
}

function pendingCancellationMessage(pending: Cancellation | null): redemptionV1.PendingCancellation | null {
  return pending && { requestedAt: pending.at, reason: pending.reason, requestedBy: operatorMessage(pending.operator) };
}
