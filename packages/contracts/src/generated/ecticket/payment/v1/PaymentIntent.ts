// Original file: protos/payment.proto

import type { CheckoutForm as _ecticket_payment_v1_CheckoutForm, CheckoutForm__Output as _ecticket_payment_v1_CheckoutForm__Output } from '../../../ecticket/payment/v1/CheckoutForm';

export interface PaymentIntent {
  'paymentId'?: (string);
  'orderId'?: (string);
  'merchantId'?: (string);
  'amount'?: (number);
  /**
   * "ecpay" | "test"
   */
  'processor'?: (string);
  /**
   * "pending" | "authorized" | "captured" | "voided" | "failed" | "partially_refunded" | "refunded"
   */
  'status'?: (string);
  /**
   * only while "pending"
   */
  'checkout'?: (_ecticket_payment_v1_CheckoutForm | null);
  'createdAt'?: (string);
  /**
   * the order number at the processor (ECPay MerchantTradeNo, ≤ 20 letters and digits)
   */
  'merchantTradeNo'?: (string);
  /**
   * the processor's trade number once authorized (ECPay TradeNo), else ""
   */
  'processorTradeNo'?: (string);
  'capturedAmount'?: (number);
  'refundedAmount'?: (number);
  /**
   * "" until authorized
   */
  'authorizedAt'?: (string);
}

export interface PaymentIntent__Output {
  'paymentId': (string);
  'orderId': (string);
  'merchantId': (string);
  'amount': (number);
  /**
   * "ecpay" | "test"
   */
  'processor': (string);
  /**
   * "pending" | "authorized" | "captured" | "voided" | "failed" | "partially_refunded" | "refunded"
   */
  'status': (string);
  /**
   * only while "pending"
   */
  'checkout': (_ecticket_payment_v1_CheckoutForm__Output | null);
  'createdAt': (string);
  /**
   * the order number at the processor (ECPay MerchantTradeNo, ≤ 20 letters and digits)
   */
  'merchantTradeNo': (string);
  /**
   * the processor's trade number once authorized (ECPay TradeNo), else ""
   */
  'processorTradeNo': (string);
  'capturedAmount': (number);
  'refundedAmount': (number);
  /**
   * "" until authorized
   */
  'authorizedAt': (string);
}
