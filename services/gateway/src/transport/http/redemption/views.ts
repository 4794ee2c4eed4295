import { z } from 'zod';
import type { redemptionV1 } from '@ecticket/contracts';
import { protoEnum } from '../proto-enums';
import { nullableTimestamp, orNull, timestamp, unexpectedAnswer } from '../view-schemas';

/** What the redemption and return API answers (see view-schemas.ts for the rules every view follows). */

const ticketType = protoEnum(
  { pickup_voucher: 'TICKET_TYPE_PICKUP_VOUCHER', gift_voucher: 'TICKET_TYPE_GIFT_VOUCHER' } satisfies Record<string, redemptionV1.TicketType__Output>,
  'ticket type',
);
const usageState = protoEnum(
  {
    unused: 'USAGE_STATE_UNUSED',
    redeemed: 'USAGE_STATE_REDEEMED',
    returned: 'USAGE_STATE_RETURNED',
    expired: 'USAGE_STATE_EXPIRED',
  } satisfies Record<string, redemptionV1.UsageState__Output>,
  'usage state',
);
const refund = protoEnum({ card: 'REFUND_CARD', merchant: 'REFUND_MERCHANT', none: 'REFUND_NONE' } satisfies Record<string, redemptionV1.Refund__Output>, 'refund');

/** A message field the contract always sets. */
function required<T>(value: T | null, what: string): T {
  if (value === null) throw unexpectedAnswer(`a record without its ${what}`);
  return value;
}

const ticketSummaryView = z.object({
  ticketId: z.string(),
  ticketNumber: z.string(),
  orderId: z.string(),
  issuerMerchantId: z.string(),
  productId: z.string(),
  productName: z.string(),
  ticketType: ticketType.schema,
  faceValue: z.number().int().describe('NTD; 0 for gift vouchers.'),
});

function toTicketSummary(ticket: redemptionV1.TicketSummary__Output | null): z.infer<typeof ticketSummaryView> {
  const summary = required(ticket, 'ticket');
  return {
    ticketId: summary.ticketId,
    ticketNumber: summary.ticketNumber,
    orderId: summary.orderId,
    issuerMerchantId: summary.issuerMerchantId,
    productId: summary.productId,
    productName: summary.productName,
    ticketType: ticketType.fromProto(summary.ticketType),
    faceValue: summary.faceValue,
  };
}

const operatorView = z
  .object({
    accountId: z.string(),
    accountName: z.string(),
    branch: z.object({ id: z.string(), name: z.string(), code: z.string() }).nullable().describe('Null: head office.'),
    label: z.string().describe('How reports show them: "<branch name> (<branch code>)" for a branch-bound account (R22.1), else the account name.'),
  })
  .describe('The staff member who made the change (R21).');

function toOperator(operator: redemptionV1.Operator__Output | null): z.infer<typeof operatorView> {
  const { accountId, accountName, branchId, branchName, branchCode, label } = required(operator, 'operator');
  return { accountId, accountName, branch: branchId === '' ? null : { id: branchId, name: branchName, code: branchCode }, label };
}

const cancellationView = z
  .object({ cancelledAt: timestamp, reason: z.string(), cancelledBy: operatorView })
  .nullable()
  .describe('Null while the record stands (R30).');

function toCancellation(cancellation: redemptionV1.Cancellation__Output | null): z.infer<typeof cancellationView> {
  return cancellation && { cancelledAt: cancellation.cancelledAt, reason: cancellation.reason, cancelledBy: toOperator(cancellation.cancelledBy) };
}

const pendingCancellationView = z
  .object({
    requestedAt: timestamp,
    reason: z.string(),
    requestedBy: operatorView.describe('Who asked for it (R21): the account and, for a branch-bound one, its branch name and code.'),
  })
  .nullable()
  .describe(
    'R30: a cancellation asked for and recorded that the settlement service has yet to confirm; null when there is none. Meanwhile the ticket keeps its state and refuses other changes (409 CANCELLATION_IN_PROGRESS); within about two minutes it is completed (`cancellation` is then set, as asked) or withdrawn (the use had been synced to the bank first).',
  );

function toPendingCancellation(pending: redemptionV1.PendingCancellation__Output | null): z.infer<typeof pendingCancellationView> {
  return pending && { requestedAt: pending.requestedAt, reason: pending.reason, requestedBy: toOperator(pending.requestedBy) };
}

export const redemptionView = z.object({
  id: z.string(),
  ticket: ticketSummaryView,
  merchantId: z.string().describe('The merchant whose staff redeemed: the issuer or a redeemable store (R18).'),
  operator: operatorView,
  redeemedAt: timestamp,
  cancellation: cancellationView,
  pendingCancellation: pendingCancellationView,
});

export function toRedemption(redemption: redemptionV1.Redemption__Output): z.infer<typeof redemptionView> {
  return {
    id: redemption.id,
    ticket: toTicketSummary(redemption.ticket),
    merchantId: redemption.merchantId,
    operator: toOperator(redemption.operator),
    redeemedAt: redemption.redeemedAt,
    cancellation: toCancellation(redemption.cancellation),
    pendingCancellation: toPendingCancellation(redemption.pendingCancellation),
  };
}

export const returnView = z.object({
  id: z.string(),
  ticket: ticketSummaryView,
  merchantId: z.string().describe('The issuer.'),
  operator: operatorView,
  returnedAt: timestamp,
  reason: z.string(),
  refund: refund.schema.describe(
    "Who gives the money back (R11): `card`, the buyer's card, for a pickup voucher inside its guarantee period, once the bank sync made the return final; `merchant`, past it, the merchant itself; `none` for gift vouchers.",
  ),
  cancellation: cancellationView,
  pendingCancellation: pendingCancellationView,
});

export function toReturn(ticketReturn: redemptionV1.Return__Output): z.infer<typeof returnView> {
  return {
    id: ticketReturn.id,
    ticket: toTicketSummary(ticketReturn.ticket),
    merchantId: ticketReturn.merchantId,
    operator: toOperator(ticketReturn.operator),
    returnedAt: ticketReturn.returnedAt,
    reason: ticketReturn.reason,
    refund: refund.fromProto(ticketReturn.refund),
    cancellation: toCancellation(ticketReturn.cancellation),
    pendingCancellation: toPendingCancellation(ticketReturn.pendingCancellation),
  };
}

export const ticketUsageView = z.object({
  ticket: ticketSummaryView,
  state: usageState.schema,
  stateChangedAt: timestamp,
  usableFrom: nullableTimestamp.describe('Null: from issue.'),
  expiresAt: nullableTimestamp.describe('The first instant it is no longer usable; null: no expiry.'),
  guaranteeEndsAt: nullableTimestamp.describe('Null for gift vouchers.'),
  redemptionBranchIds: z.array(z.string()).describe('Empty: every branch (R31).'),
  returnBranchIds: z.array(z.string()).describe('Empty: every branch (R31).'),
  redemptions: z.array(redemptionView).describe('Oldest first, cancelled ones included; only those the caller may see (R22.2).'),
  returns: z.array(returnView),
  pendingCancellation: pendingCancellationView.describe(
    "R30: the cancellation of the ticket's current redemption or return, recorded and awaiting the settlement service (`state` is still `redeemed` or `returned`), when that record is among those the caller may see (R22.2; the record carries it too); null otherwise. Within about two minutes it is completed (the ticket is `unused` and the record's `cancellation` set) or withdrawn.",
  ),
});

export function toTicketUsage(usage: redemptionV1.TicketUsage__Output): z.infer<typeof ticketUsageView> {
  return {
    ticket: toTicketSummary(usage.ticket),
    state: usageState.fromProto(usage.state),
    stateChangedAt: usage.stateChangedAt,
    usableFrom: orNull(usage.usableFrom),
    expiresAt: orNull(usage.expiresAt),
    guaranteeEndsAt: orNull(usage.guaranteeEndsAt),
    redemptionBranchIds: usage.redemptionBranchIds,
    returnBranchIds: usage.returnBranchIds,
    redemptions: usage.redemptions.map(toRedemption),
    returns: usage.returns.map(toReturn),
    pendingCancellation: toPendingCancellation(usage.pendingCancellation),
  };
}
