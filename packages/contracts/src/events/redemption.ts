import { z } from 'zod';
import { id, isoTimestamp, ntd, type EventSchema } from './common';
import { ticketTypes } from './issuance';

/** Who did it, as reports show it (R21, R22.1): the account and, for a branch-bound one, its branch. */
export const operatorSchema = z.object({
  accountId: id(),
  accountName: z.string().max(100),
  branchId: id().nullable(),
  branchName: z.string().max(100).nullable(),
  branchCode: z.string().max(32).nullable(),
});

const ticketFields = {
  ticketId: id(),
  ticketNumber: z.string().length(16),
  orderId: id(),
  /** The issuer of the ticket. */
  merchantId: id(),
  productId: id(),
  ticketType: z.enum(ticketTypes),
  faceValue: ntd(),
};

/** The ticket, and who made this change (for a cancellation: who cancelled). */
const usageFields = { ...ticketFields, operator: operatorSchema };

/** A ticket was used at a branch (R28); for a joint ticket the redeeming merchant may differ from the issuer (R18). */
export const ticketRedeemedV1 = {
  type: 'ticket.redeemed',
  version: 1,
  schema: z.object({ ...usageFields, redemptionId: id(), redeemedByMerchantId: id(), redeemedAt: isoTimestamp() }),
} as const satisfies EventSchema;

/**
 * A ticket was returned (R29). Inside the guarantee period the buyer's card is refunded
 * (`refund: 'card'`); past it the merchant settles with the buyer itself (`refund: 'merchant'`, R11).
 */
export const ticketReturnedV1 = {
  type: 'ticket.returned',
  version: 1,
  schema: z.object({
    ...usageFields,
    returnId: id(),
    refund: z.enum(['card', 'merchant', 'none']),
    reason: z.string().max(500),
    returnedAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;

/** A mistaken redemption was cancelled before the bank sync (R30): the ticket is unused again. */
export const ticketRedemptionCancelledV1 = {
  type: 'ticket.redemption_cancelled',
  version: 1,
  schema: z.object({ ...usageFields, redemptionId: id(), reason: z.string().max(500), cancelledAt: isoTimestamp() }),
} as const satisfies EventSchema;

/** A mistaken return was cancelled before the bank sync (R30): the ticket is unused again. */
export const ticketReturnCancelledV1 = {
  type: 'ticket.return_cancelled',
  version: 1,
  schema: z.object({ ...usageFields, returnId: id(), reason: z.string().max(500), cancelledAt: isoTimestamp() }),
} as const satisfies EventSchema;

/** An unused ticket passed its expiry date (the state machine's `unused → expired`); nobody operated it. */
export const ticketExpiredV1 = {
  type: 'ticket.expired',
  version: 1,
  schema: z.object({ ...ticketFields, expiresAt: isoTimestamp(), expiredAt: isoTimestamp() }),
} as const satisfies EventSchema;

export type TicketUsageOperator = z.infer<typeof operatorSchema>;
export type TicketRedeemedV1 = z.infer<typeof ticketRedeemedV1.schema>;
export type TicketReturnedV1 = z.infer<typeof ticketReturnedV1.schema>;
export type TicketRedemptionCancelledV1 = z.infer<typeof ticketRedemptionCancelledV1.schema>;
export type TicketReturnCancelledV1 = z.infer<typeof ticketReturnCancelledV1.schema>;
export type TicketExpiredV1 = z.infer<typeof ticketExpiredV1.schema>;
