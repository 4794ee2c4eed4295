import type { paymentV1 } from '@ecticket/contracts';
import { loadServiceDefinition, type UnaryHandlers } from '@ecticket/platform';
import { createPaymentIntent } from '../../application/create-payment-intent';
import { getPayment } from '../../application/get-payment';
import { handleProcessorCallback } from '../../application/handle-processor-callback';
import type { PaymentDeps } from '../../application/ports';
import { refundTicket } from '../../application/refund-ticket';
import { getTestCheckout, submitTestCard } from '../../application/test-checkout';
import { processorCallbackOf } from './callback-request';
import { paymentIntentMessage, refundMessage, testCheckoutMessage } from './encode';

export function paymentServiceDefinition(): paymentV1.PaymentServiceDefinition {
  return loadServiceDefinition<paymentV1.PaymentServiceDefinition>(['payment.proto'], 'ecticket.payment.v1.PaymentService');
}

/** The gRPC face of the service: decode, run the use case, encode. Callers are services and the gateway. */
export function paymentServiceHandlers(deps: PaymentDeps): UnaryHandlers<paymentV1.PaymentServiceDefinition> {
  return {
    async CreatePaymentIntent({ orderId, merchantId, merchantName, amount, description }) {
      return paymentIntentMessage(await createPaymentIntent(deps, { orderId, merchantId, merchantName, amount, description }));
    },
    async GetPayment(request) {
      return paymentIntentMessage(await getPayment(deps, request.orderId));
    },
    async HandleProcessorCallback(request) {
      return { reply: await handleProcessorCallback(deps, processorCallbackOf(request)) };
    },
    async Refund({ orderId, ticketId, amount, reason }) {
      return refundMessage(await refundTicket(deps, { orderId, ticketId, amount, reason }));
    },
    async GetTestCheckout(request) {
      return testCheckoutMessage(await getTestCheckout(deps, request.paymentId));
    },
    async SubmitTestCard({ paymentId, cardNumber, expiryMonth, expiryYear, cvv, installments }) {
      return testCheckoutMessage(await submitTestCard(deps, { paymentId, number: cardNumber, expiryMonth, expiryYear, cvv, installments }));
    },
  };
}
