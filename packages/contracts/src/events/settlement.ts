import { z } from 'zod';
import { id, isoTimestamp, ntd, type EventSchema } from './common';

/**
 * The bank sync made a pickup voucher's usage final (R30: no cancellation after it); gift vouchers'
 * usages are never synced. A return whose refund goes to the card (`usage: 'return'`,
 * `refund: 'card'`) is refunded by the payment service only now, once it can no longer be
 * cancelled, for `amount`; settlement then books the refund as paid on payment.refunded.
 */
export const usageSyncedV1 = {
  type: 'settlement.usage_synced',
  version: 1,
  schema: z.object({
    /** The redemption id or return id of the redemption service; a settlement id for a guarantee expiry (R7). */
    usageId: id(),
    usage: z.enum(['redemption', 'return', 'guarantee_expiry']),
    ticketId: id(),
    orderId: id(),
    /** The issuer of the ticket. */
    merchantId: id(),
    /** The ticket's face value. */
    amount: ntd(),
    /** Returns: who gives the money back (R11); `none` for redemptions and guarantee expiries. */
    refund: z.enum(['card', 'merchant', 'none']),
    batchId: id(),
    syncedAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;

/** A merchant was paid its due payables of one day (R6, R7): one payout per merchant and day. */
export const payoutMadeV1 = {
  type: 'settlement.payout_made',
  version: 1,
  schema: z.object({
    payoutId: id(),
    merchantId: id(),
    amount: ntd(),
    /** The Taiwan calendar day of the payout. */
    payoutDate: z.iso.date(),
    /** How many released tickets (payables) it pays. */
    entryCount: z.number().int().positive(),
    paidAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;

export type UsageSyncedV1 = z.infer<typeof usageSyncedV1.schema>;
export type PayoutMadeV1 = z.infer<typeof payoutMadeV1.schema>;
