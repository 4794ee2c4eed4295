import { z } from 'zod';
import { id, isoTimestamp, ntd, type EventSchema } from './common';

/**
 * The bank sync made a ticket's usage final (R30: no cancellation after it). A return whose refund
 * goes to the card is refunded by the payment service only now, once it can no longer be cancelled.
 */
export const usageSyncedV1 = {
  type: 'settlement.usage_synced',
  version: 1,
  schema: z.object({
    usageId: id(),
    usage: z.enum(['redemption', 'return', 'guarantee_expiry']),
    ticketId: id(),
    orderId: id(),
    merchantId: id(),
    amount: ntd(),
    refund: z.enum(['card', 'merchant', 'none']),
    batchId: id(),
    syncedAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;

/** A merchant was paid its due payables of one day (R6, R7). */
export const payoutMadeV1 = {
  type: 'settlement.payout_made',
  version: 1,
  schema: z.object({ payoutId: id(), merchantId: id(), amount: ntd(), payoutDate: z.iso.date(), entryCount: z.number().int().positive(), paidAt: isoTimestamp() }),
} as const satisfies EventSchema;
