import type { paymentV1 } from '@ecticket/contracts';
import type { PaymentView } from '../../application/payment-view';
import type { RefundResult } from '../../application/refund-ticket';
import type { TestCheckoutView } from '../../application/test-checkout';

/** Views → protobuf messages: every field is listed, so nothing leaves that was not meant to. */

export function paymentIntentMessage({ payment, checkout }: PaymentView): paymentV1.PaymentIntent {
  return {
    paymentId: payment.id,
    orderId: payment.orderId,
    merchantId: payment.merchantId,
    amount: payment.amount,
    processor: payment.processor,
    status: payment.status,
    checkout: checkout && { actionUrl: checkout.actionUrl, method: checkout.method, fields: { ...checkout.fields } },
    createdAt: payment.createdAt,
    merchantTradeNo: payment.merchantTradeNo,
    processorTradeNo: payment.processorTradeNo ?? '',
    capturedAmount: payment.capturedAmount,
    refundedAmount: payment.refundedAmount,
    authorizedAt: payment.authorizedAt ?? '',
  };
}

export function refundMessage({ refund, payment }: RefundResult): paymentV1.RefundRecord {
  return {
    refundId: refund.id,
    paymentId: refund.paymentId,
    orderId: refund.orderId,
    ticketId: refund.ticketId,
    amount: refund.amount,
    reason: refund.reason,
    refundedAt: refund.settledAt ?? '',
    paymentStatus: payment.status,
    refundedTotal: payment.refundedAmount,
  };
}

export function testCheckoutMessage({ payment, authorization }: TestCheckoutView): paymentV1.TestCheckout {
  return {
    paymentId: payment.id,
    orderId: payment.orderId,
    amount: payment.amount,
    description: payment.description,
    merchantName: payment.merchantName,
    status: payment.status,
    cardBrand: authorization?.card.brand ?? '',
    cardLast4: authorization?.card.last4 ?? '',
    processorTradeNo: authorization?.processorTradeNo ?? '',
  };
}
