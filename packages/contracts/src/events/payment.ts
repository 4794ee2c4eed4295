import { z } from 'zod';
import { id, isoTimestamp, ntd, type EventSchema } from './common';

/** A card authorization for an order succeeded at the processor (R3): the order is paid, not yet captured. */
export const paymentAuthorizedV1 = {
  type: 'payment.authorized',
  version: 1,
  schema: z.object({
    paymentId: id(),
    orderId: id(),
    merchantId: id(),
    amount: ntd(),
    processor: z.enum(['ecpay', 'test']),
    processorTradeNo: z.string().min(1).max(64),
    authorizedAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;

/** The processor refused the card or the payment failed; the order stays unpaid. */
export const paymentFailedV1 = {
  type: 'payment.failed',
  version: 1,
  schema: z.object({ paymentId: id(), orderId: id(), merchantId: id(), reason: z.string().max(200), failedAt: isoTimestamp() }),
} as const satisfies EventSchema;

export const paymentCapturedV1 = {
  type: 'payment.captured',
  version: 1,
  schema: z.object({ paymentId: id(), orderId: id(), merchantId: id(), amount: ntd(), capturedAt: isoTimestamp() }),
} as const satisfies EventSchema;

/** The authorization was voided (R9 abandonment, R10 issuance window passed): the buyer is never charged. */
export const paymentVoidedV1 = {
  type: 'payment.voided',
  version: 1,
  schema: z.object({
    paymentId: id(),
    orderId: id(),
    merchantId: id(),
    amount: ntd(),
    reason: z.enum(['abandoned', 'issuance_window_expired']),
    voidedAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;

/** Part of a capture went back to the buyer's card, for one returned ticket (R11). */
export const paymentRefundedV1 = {
  type: 'payment.refunded',
  version: 1,
  schema: z.object({
    refundId: id(),
    paymentId: id(),
    orderId: id(),
    merchantId: id(),
    ticketId: id(),
    amount: ntd(),
    refundedAt: isoTimestamp(),
  }),
} as const satisfies EventSchema;
