import { z } from 'zod';
import { AppError, unavailable } from '@ecticket/platform';
import type { PaymentClient } from '../../../infrastructure/payment-client';
import { pageOrRefusal } from '../html';
import { noQuery, resourceId } from '../request-schemas';
import { defineRoute, type RouteSpec } from '../routes';
import { testCheckoutPage } from './checkout-page';
import { testCheckoutView, toTestCheckout } from './views';

/** Where the payment service's checkout form sends the buyer's browser (its TEST_CHECKOUT_PATH). */
const testCheckoutPath = '/v1/test-processor/checkout';
const testPaymentPath = (paymentId: string) => `/v1/test-processor/payments/${encodeURIComponent(paymentId)}`;

const processorNotice = z
  .record(z.string().max(64), z.union([z.string(), z.array(z.string())]))
  .describe(
    'The notice as the processor sends it (ECPay ReturnURL: MerchantID, MerchantTradeNo, RtnCode, RtnMsg, TradeNo, TradeAmt, PaymentDate, PaymentType, TradeDate, SimulatePaid, CheckMacValue…). The payment service verifies it (CheckMacValue, merchant id, trade, amount) from the raw body, not the gateway.',
  );

const paymentIdForm = z.object({ payment_id: resourceId }).strict();
const paymentIdParams = z.object({ paymentId: resourceId });

const submitTestCardBody = z
  .object({
    cardNumber: z.string().regex(/^[0-9 -]{1,23}$/).describe('Digits, spaces or dashes; never stored, logged or echoed.'),
    expiryMonth: z.number().int().min(1).max(12),
    expiryYear: z.number().int().min(0).max(9999).describe('Four digits, or two (20xx).'),
    cvv: z.string().regex(/^[0-9]{3,4}$/).describe('Never stored, logged or echoed.'),
    installments: z.number().int().min(0).max(99).describe('0 or 1: paid in full; more is refused (R3).'),
  })
  .strict();

const pageResponse = { 200: { description: 'The checkout page.', schema: z.string(), contentType: 'text/html' } };

/** The card processor's callback, and the built-in test processor's checkout (page and API). */
export function paymentRoutes(payment: PaymentClient): RouteSpec[] {
  const checkoutPage = async (paymentId: string) => {
    const checkout = toTestCheckout(await payment.GetTestCheckout({ paymentId }));
    return testCheckoutPage(checkout, { submitCard: `${testPaymentPath(paymentId)}/card`, status: testPaymentPath(paymentId) });
  };
  return [
    defineRoute({
      method: 'post',
      path: '/v1/payments/callback',
      operationId: 'handlePaymentCallback',
      summary: "The card processor's server-to-server result notice (ECPay ReturnURL); answered `1|OK` once handled.",
      description:
        'Authenticated by its CheckMacValue, which the payment service checks. A genuine notice is applied once however often it arrives and answered exactly `1|OK` (text/plain); a notice that fails verification changes nothing, is logged and is answered `0|<reason>`. When the notice cannot be handled now the answer is 503, so the processor resends it.',
      tags: ['payments'],
      authenticated: false,
      idempotency: 'ignore',
      bodyContentType: 'application/x-www-form-urlencoded',
      query: noQuery,
      body: processorNotice,
      responses: {
        200: { description: '`1|OK`, or `0|<reason>` for a notice that changed nothing.', schema: z.string(), contentType: 'text/plain' },
        503: { description: 'Not handled now; the processor resends it.' },
      },
      handle: async ({ request, rawBody }) => {
        const { reply } = await payment
          .HandleProcessorCallback({ processor: '', contentType: request.header('content-type') ?? '', rawBody })
          .catch(unavailableOnFailure);
        return { status: 200, contentType: 'text/plain; charset=utf-8', body: reply };
      },
    }),

    defineRoute({
      method: 'get',
      path: testCheckoutPath,
      operationId: 'showTestCheckout',
      summary: "The built-in test processor's checkout page for a payment (a link to it).",
      tags: ['test processor'],
      authenticated: false,
      query: paymentIdForm,
      responses: pageResponse,
      handle: ({ query }) => pageOrRefusal(() => checkoutPage(query.payment_id)),
    }),
    defineRoute({
      method: 'post',
      path: testCheckoutPath,
      operationId: 'openTestCheckout',
      summary: "The built-in test processor's checkout page, as the checkout form of createOrder opens it.",
      tags: ['test processor'],
      authenticated: false,
      idempotency: 'accept',
      bodyContentType: 'application/x-www-form-urlencoded',
      query: noQuery,
      body: paymentIdForm,
      responses: pageResponse,
      handle: ({ body }) => pageOrRefusal(() => checkoutPage(body.payment_id)),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/test-processor/payments/{paymentId}',
      operationId: 'getTestCheckout',
      summary: 'What the test checkout shows, and the payment status, which turns `authorized` once the processor’s notice was handled.',
      tags: ['test processor'],
      authenticated: false,
      params: paymentIdParams,
      query: noQuery,
      responses: { 200: { description: 'The checkout.', schema: testCheckoutView } },
      handle: async ({ params }) => ({ status: 200, body: toTestCheckout(await payment.GetTestCheckout({ paymentId: params.paymentId })) }),
    }),
    defineRoute({
      method: 'post',
      path: '/v1/test-processor/payments/{paymentId}/card',
      operationId: 'submitTestCard',
      summary: 'Pay at the test processor with a test card: refused unless paid in full by a VISA, MasterCard or JCB card issued in Taiwan (R3).',
      description:
        'Refusals: CARD_INSTALLMENTS_NOT_ALLOWED, CARD_NUMBER_MALFORMED, CARD_BRAND_NOT_ACCEPTED, CARD_CHECK_DIGIT_INVALID, CARD_EXPIRY_INVALID, CARD_EXPIRED, CARD_CVV_INVALID, CARD_ISSUER_UNKNOWN, CARD_ISSUED_OUTSIDE_TAIWAN; TEST_PAYMENT_ALREADY_SUBMITTED for a second card. An accepted card is authorized at the test processor, which then notifies the callback like the real one: the status answered is still `pending`. A retry is refused rather than replayed, so an Idempotency-Key is accepted and not stored.',
      tags: ['test processor'],
      authenticated: false,
      idempotency: 'accept',
      params: paymentIdParams,
      query: noQuery,
      body: submitTestCardBody,
      responses: { 202: { description: 'The card was accepted; the payment is authorized once the notice is handled.', schema: testCheckoutView } },
      handle: async ({ params, body }) => ({ status: 202, body: toTestCheckout(await payment.SubmitTestCard({ paymentId: params.paymentId, ...body })) }),
    }),
  ];
}

/** The service answers every notice, bad ones with `0|…`; failing to get that answer is a 503, so the processor resends. */
function unavailableOnFailure(error: unknown): never {
  if (error instanceof AppError && !error.isInfrastructureFailure) throw error;
  throw unavailable('PAYMENT_SERVICE_UNAVAILABLE', 'The notice cannot be handled now; send it again later.', {}, error);
}
