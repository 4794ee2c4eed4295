import { z } from 'zod';
import type { paymentV1 } from '@ecticket/contracts';
import { knownValue, nullableTimestamp, orNull, timestamp } from '../view-schemas';

/** What the payment and test-processor API answers (see view-schemas.ts for the rules every view follows). */

export const checkoutFormView = z
  .object({
    actionUrl: z.string(),
    method: z.string(),
    fields: z.record(z.string(), z.string()),
  })
  .describe("What the buyer's browser posts to pay: an HTML form to `actionUrl` with these hidden fields.");

/** The checkout form of the issuance and payment contracts alike. */
interface CheckoutFormMessage {
  readonly actionUrl: string;
  readonly method: string;
  readonly fields: Readonly<Record<string, string>>;
}

export function toCheckoutForm(checkout: CheckoutFormMessage): z.infer<typeof checkoutFormView> {
  return { actionUrl: checkout.actionUrl, method: checkout.method, fields: { ...checkout.fields } };
}

const paymentStatus = z.enum(['pending', 'authorized', 'captured', 'voided', 'failed', 'partially_refunded', 'refunded']);

export const paymentView = z
  .object({
    paymentId: z.string(),
    status: paymentStatus,
    processor: z.string().describe('`ecpay` or `test`.'),
    amount: z.number().int(),
    capturedAmount: z.number().int().describe('Captured when the tickets were issued.'),
    refundedAmount: z.number().int(),
    merchantTradeNo: z.string().describe('The order number at the processor (ECPay MerchantTradeNo).'),
    processorTradeNo: z.string().nullable().describe("The processor's trade number (ECPay TradeNo) once authorized."),
    authorizedAt: nullableTimestamp,
    createdAt: timestamp,
    checkout: checkoutFormView.nullable().describe('While pending: the form to pay with, again.'),
  })
  .describe('The payment as the payment service keeps it: authorization, capture, void and refunds.');

export function toPayment(intent: paymentV1.PaymentIntent__Output): z.infer<typeof paymentView> {
  return {
    paymentId: intent.paymentId,
    status: knownValue(paymentStatus, intent.status, 'payment status'),
    processor: intent.processor,
    amount: intent.amount,
    capturedAmount: intent.capturedAmount,
    refundedAmount: intent.refundedAmount,
    merchantTradeNo: intent.merchantTradeNo,
    processorTradeNo: orNull(intent.processorTradeNo),
    authorizedAt: orNull(intent.authorizedAt),
    createdAt: intent.createdAt,
    checkout: intent.checkout && toCheckoutForm(intent.checkout),
  };
}

export const testCheckoutView = z.object({
  paymentId: z.string(),
  orderId: z.string(),
  amount: z.number().int().describe('NTD'),
  description: z.string(),
  merchantName: z.string(),
  status: paymentStatus.describe('`pending` until the test processor’s notice was handled, then `authorized` (or later states).'),
  cardBrand: z.enum(['visa', 'mastercard', 'jcb']).nullable().describe('Once a card was accepted.'),
  cardLast4: z.string().nullable(),
  processorTradeNo: z.string().nullable(),
});

export type TestCheckoutView = z.infer<typeof testCheckoutView>;

export function toTestCheckout(checkout: paymentV1.TestCheckout__Output): TestCheckoutView {
  return {
    paymentId: checkout.paymentId,
    orderId: checkout.orderId,
    amount: checkout.amount,
    description: checkout.description,
    merchantName: checkout.merchantName,
    status: knownValue(paymentStatus, checkout.status, 'payment status'),
    cardBrand: knownValue(testCheckoutView.shape.cardBrand, orNull(checkout.cardBrand), 'card brand'),
    cardLast4: orNull(checkout.cardLast4),
    processorTradeNo: orNull(checkout.processorTradeNo),
  };
}
