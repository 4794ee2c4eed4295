// Original file: protos/payment.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreatePaymentIntentRequest as _ecticket_payment_v1_CreatePaymentIntentRequest, CreatePaymentIntentRequest__Output as _ecticket_payment_v1_CreatePaymentIntentRequest__Output } from '../../../ecticket/payment/v1/CreatePaymentIntentRequest';
import type { GetPaymentRequest as _ecticket_payment_v1_GetPaymentRequest, GetPaymentRequest__Output as _ecticket_payment_v1_GetPaymentRequest__Output } from '../../../ecticket/payment/v1/GetPaymentRequest';
import type { GetTestCheckoutRequest as _ecticket_payment_v1_GetTestCheckoutRequest, GetTestCheckoutRequest__Output as _ecticket_payment_v1_GetTestCheckoutRequest__Output } from '../../../ecticket/payment/v1/GetTestCheckoutRequest';
import type { HandleProcessorCallbackRequest as _ecticket_payment_v1_HandleProcessorCallbackRequest, HandleProcessorCallbackRequest__Output as _ecticket_payment_v1_HandleProcessorCallbackRequest__Output } from '../../../ecticket/payment/v1/HandleProcessorCallbackRequest';
import type { HandleProcessorCallbackResponse as _ecticket_payment_v1_HandleProcessorCallbackResponse, HandleProcessorCallbackResponse__Output as _ecticket_payment_v1_HandleProcessorCallbackResponse__Output } from '../../../ecticket/payment/v1/HandleProcessorCallbackResponse';
import type { PaymentIntent as _ecticket_payment_v1_PaymentIntent, PaymentIntent__Output as _ecticket_payment_v1_PaymentIntent__Output } from '../../../ecticket/payment/v1/PaymentIntent';
import type { RefundRecord as _ecticket_payment_v1_RefundRecord, RefundRecord__Output as _ecticket_payment_v1_RefundRecord__Output } from '../../../ecticket/payment/v1/RefundRecord';
import type { RefundRequest as _ecticket_payment_v1_RefundRequest, RefundRequest__Output as _ecticket_payment_v1_RefundRequest__Output } from '../../../ecticket/payment/v1/RefundRequest';
import type { SubmitTestCardRequest as _ecticket_payment_v1_SubmitTestCardRequest, SubmitTestCardRequest__Output as _ecticket_payment_v1_SubmitTestCardRequest__Output } from '../../../ecticket/payment/v1/SubmitTestCardRequest';
import type { TestCheckout as _ecticket_payment_v1_TestCheckout, TestCheckout__Output as _ecticket_payment_v1_TestCheckout__Output } from '../../../ecticket/payment/v1/TestCheckout';

export interface PaymentServiceClient extends grpc.Client {
  /**
   * Called by the issuance service when an order that needs payment is created. Idempotent per
   * order: asking again returns the same intent; asking again with another amount or merchant is
   * refused with PAYMENT_INTENT_MISMATCH (R8).
   */
  CreatePaymentIntent(argument: _ecticket_payment_v1_CreatePaymentIntentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  CreatePaymentIntent(argument: _ecticket_payment_v1_CreatePaymentIntentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  CreatePaymentIntent(argument: _ecticket_payment_v1_CreatePaymentIntentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  CreatePaymentIntent(argument: _ecticket_payment_v1_CreatePaymentIntentRequest, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  /**
   * Called by the issuance service when an order that needs payment is created. Idempotent per
   * order: asking again returns the same intent; asking again with another amount or merchant is
   * refused with PAYMENT_INTENT_MISMATCH (R8).
   */
  createPaymentIntent(argument: _ecticket_payment_v1_CreatePaymentIntentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  createPaymentIntent(argument: _ecticket_payment_v1_CreatePaymentIntentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  createPaymentIntent(argument: _ecticket_payment_v1_CreatePaymentIntentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  createPaymentIntent(argument: _ecticket_payment_v1_CreatePaymentIntentRequest, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  
  /**
   * The payment of an order (PAYMENT_NOT_FOUND when the order has none, e.g. gift vouchers only).
   */
  GetPayment(argument: _ecticket_payment_v1_GetPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  GetPayment(argument: _ecticket_payment_v1_GetPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  GetPayment(argument: _ecticket_payment_v1_GetPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  GetPayment(argument: _ecticket_payment_v1_GetPaymentRequest, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  /**
   * The payment of an order (PAYMENT_NOT_FOUND when the order has none, e.g. gift vouchers only).
   */
  getPayment(argument: _ecticket_payment_v1_GetPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  getPayment(argument: _ecticket_payment_v1_GetPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  getPayment(argument: _ecticket_payment_v1_GetPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  getPayment(argument: _ecticket_payment_v1_GetPaymentRequest, callback: grpc.requestCallback<_ecticket_payment_v1_PaymentIntent__Output>): grpc.ClientUnaryCall;
  
  /**
   * The built-in test processor's checkout (PAYMENT_PROCESSOR=test only, otherwise
   * TEST_PROCESSOR_DISABLED): what its page shows, and the card form it takes. An accepted card
   * is authorized at the test processor, which then notifies the callback URL like ECPay would;
   * the payment turns `authorized` once that notice is handled. Refusals (R3) are stable codes:
   * CARD_INSTALLMENTS_NOT_ALLOWED, CARD_NUMBER_MALFORMED, CARD_BRAND_NOT_ACCEPTED,
   * CARD_CHECK_DIGIT_INVALID, CARD_EXPIRY_INVALID, CARD_EXPIRED, CARD_CVV_INVALID,
   * CARD_ISSUER_UNKNOWN, CARD_ISSUED_OUTSIDE_TAIWAN.
   */
  GetTestCheckout(argument: _ecticket_payment_v1_GetTestCheckoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  GetTestCheckout(argument: _ecticket_payment_v1_GetTestCheckoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  GetTestCheckout(argument: _ecticket_payment_v1_GetTestCheckoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  GetTestCheckout(argument: _ecticket_payment_v1_GetTestCheckoutRequest, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  /**
   * The built-in test processor's checkout (PAYMENT_PROCESSOR=test only, otherwise
   * TEST_PROCESSOR_DISABLED): what its page shows, and the card form it takes. An accepted card
   * is authorized at the test processor, which then notifies the callback URL like ECPay would;
   * the payment turns `authorized` once that notice is handled. Refusals (R3) are stable codes:
   * CARD_INSTALLMENTS_NOT_ALLOWED, CARD_NUMBER_MALFORMED, CARD_BRAND_NOT_ACCEPTED,
   * CARD_CHECK_DIGIT_INVALID, CARD_EXPIRY_INVALID, CARD_EXPIRED, CARD_CVV_INVALID,
   * CARD_ISSUER_UNKNOWN, CARD_ISSUED_OUTSIDE_TAIWAN.
   */
  getTestCheckout(argument: _ecticket_payment_v1_GetTestCheckoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  getTestCheckout(argument: _ecticket_payment_v1_GetTestCheckoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  getTestCheckout(argument: _ecticket_payment_v1_GetTestCheckoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  getTestCheckout(argument: _ecticket_payment_v1_GetTestCheckoutRequest, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  
  /**
   * A processor's server-to-server result notice, as the gateway's callback route received it.
   * Never fails for a bad notice: `reply` is the text/plain body to answer the processor with.
   */
  HandleProcessorCallback(argument: _ecticket_payment_v1_HandleProcessorCallbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_HandleProcessorCallbackResponse__Output>): grpc.ClientUnaryCall;
  HandleProcessorCallback(argument: _ecticket_payment_v1_HandleProcessorCallbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_HandleProcessorCallbackResponse__Output>): grpc.ClientUnaryCall;
  HandleProcessorCallback(argument: _ecticket_payment_v1_HandleProcessorCallbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_HandleProcessorCallbackResponse__Output>): grpc.ClientUnaryCall;
  HandleProcessorCallback(argument: _ecticket_payment_v1_HandleProcessorCallbackRequest, callback: grpc.requestCallback<_ecticket_payment_v1_HandleProcessorCallbackResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A processor's server-to-server result notice, as the gateway's callback route received it.
   * Never fails for a bad notice: `reply` is the text/plain body to answer the processor with.
   */
  handleProcessorCallback(argument: _ecticket_payment_v1_HandleProcessorCallbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_HandleProcessorCallbackResponse__Output>): grpc.ClientUnaryCall;
  handleProcessorCallback(argument: _ecticket_payment_v1_HandleProcessorCallbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_HandleProcessorCallbackResponse__Output>): grpc.ClientUnaryCall;
  handleProcessorCallback(argument: _ecticket_payment_v1_HandleProcessorCallbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_HandleProcessorCallbackResponse__Output>): grpc.ClientUnaryCall;
  handleProcessorCallback(argument: _ecticket_payment_v1_HandleProcessorCallbackRequest, callback: grpc.requestCallback<_ecticket_payment_v1_HandleProcessorCallbackResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gives back the money of one returned ticket (R11), part of the capture. Idempotent per
   * (order, ticket); the refunds of an order never exceed its capture.
   */
  Refund(argument: _ecticket_payment_v1_RefundRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_RefundRecord__Output>): grpc.ClientUnaryCall;
  Refund(argument: _ecticket_payment_v1_RefundRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_RefundRecord__Output>): grpc.ClientUnaryCall;
  Refund(argument: _ecticket_payment_v1_RefundRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_RefundRecord__Output>): grpc.ClientUnaryCall;
  Refund(argument: _ecticket_payment_v1_RefundRequest, callback: grpc.requestCallback<_ecticket_payment_v1_RefundRecord__Output>): grpc.ClientUnaryCall;
  /**
   * Gives back the money of one returned ticket (R11), part of the capture. Idempotent per
   * (order, ticket); the refunds of an order never exceed its capture.
   */
  refund(argument: _ecticket_payment_v1_RefundRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_RefundRecord__Output>): grpc.ClientUnaryCall;
  refund(argument: _ecticket_payment_v1_RefundRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_RefundRecord__Output>): grpc.ClientUnaryCall;
  refund(argument: _ecticket_payment_v1_RefundRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_RefundRecord__Output>): grpc.ClientUnaryCall;
  refund(argument: _ecticket_payment_v1_RefundRequest, callback: grpc.requestCallback<_ecticket_payment_v1_RefundRecord__Output>): grpc.ClientUnaryCall;
  
  SubmitTestCard(argument: _ecticket_payment_v1_SubmitTestCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  SubmitTestCard(argument: _ecticket_payment_v1_SubmitTestCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  SubmitTestCard(argument: _ecticket_payment_v1_SubmitTestCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  SubmitTestCard(argument: _ecticket_payment_v1_SubmitTestCardRequest, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  submitTestCard(argument: _ecticket_payment_v1_SubmitTestCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  submitTestCard(argument: _ecticket_payment_v1_SubmitTestCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  submitTestCard(argument: _ecticket_payment_v1_SubmitTestCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  submitTestCard(argument: _ecticket_payment_v1_SubmitTestCardRequest, callback: grpc.requestCallback<_ecticket_payment_v1_TestCheckout__Output>): grpc.ClientUnaryCall;
  
}

export interface PaymentServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Called by the issuance service when an order that needs payment is created. Idempotent per
   * order: asking again returns the same intent; asking again with another amount or merchant is
   * refused with PAYMENT_INTENT_MISMATCH (R8).
   */
  CreatePaymentIntent: grpc.handleUnaryCall<_ecticket_payment_v1_CreatePaymentIntentRequest__Output, _ecticket_payment_v1_PaymentIntent>;
  
  /**
   * The payment of an order (PAYMENT_NOT_FOUND when the order has none, e.g. gift vouchers only).
   */
  GetPayment: grpc.handleUnaryCall<_ecticket_payment_v1_GetPaymentRequest__Output, _ecticket_payment_v1_PaymentIntent>;
  
  /**
   * The built-in test processor's checkout (PAYMENT_PROCESSOR=test only, otherwise
   * TEST_PROCESSOR_DISABLED): what its page shows, and the card form it takes. An accepted card
   * is authorized at the test processor, which then notifies the callback URL like ECPay would;
   * the payment turns `authorized` once that notice is handled. Refusals (R3) are stable codes:
   * CARD_INSTALLMENTS_NOT_ALLOWED, CARD_NUMBER_MALFORMED, CARD_BRAND_NOT_ACCEPTED,
   * CARD_CHECK_DIGIT_INVALID, CARD_EXPIRY_INVALID, CARD_EXPIRED, CARD_CVV_INVALID,
   * CARD_ISSUER_UNKNOWN, CARD_ISSUED_OUTSIDE_TAIWAN.
   */
  GetTestCheckout: grpc.handleUnaryCall<_ecticket_payment_v1_GetTestCheckoutRequest__Output, _ecticket_payment_v1_TestCheckout>;
  
  /**
   * A processor's server-to-server result notice, as the gateway's callback route received it.
   * Never fails for a bad notice: `reply` is the text/plain body to answer the processor with.
   */
  HandleProcessorCallback: grpc.handleUnaryCall<_ecticket_payment_v1_HandleProcessorCallbackRequest__Output, _ecticket_payment_v1_HandleProcessorCallbackResponse>;
  
  /**
   * Gives back the money of one returned ticket (R11), part of the capture. Idempotent per
   * (order, ticket); the refunds of an order never exceed its capture.
   */
  Refund: grpc.handleUnaryCall<_ecticket_payment_v1_RefundRequest__Output, _ecticket_payment_v1_RefundRecord>;
  
  SubmitTestCard: grpc.handleUnaryCall<_ecticket_payment_v1_SubmitTestCardRequest__Output, _ecticket_payment_v1_TestCheckout>;
  
}

export interface PaymentServiceDefinition extends grpc.ServiceDefinition {
  CreatePaymentIntent: MethodDefinition<_ecticket_payment_v1_CreatePaymentIntentRequest, _ecticket_payment_v1_PaymentIntent, _ecticket_payment_v1_CreatePaymentIntentRequest__Output, _ecticket_payment_v1_PaymentIntent__Output>
  GetPayment: MethodDefinition<_ecticket_payment_v1_GetPaymentRequest, _ecticket_payment_v1_PaymentIntent, _ecticket_payment_v1_GetPaymentRequest__Output, _ecticket_payment_v1_PaymentIntent__Output>
  GetTestCheckout: MethodDefinition<_ecticket_payment_v1_GetTestCheckoutRequest, _ecticket_payment_v1_TestCheckout, _ecticket_payment_v1_GetTestCheckoutRequest__Output, _ecticket_payment_v1_TestCheckout__Output>
  HandleProcessorCallback: MethodDefinition<_ecticket_payment_v1_HandleProcessorCallbackRequest, _ecticket_payment_v1_HandleProcessorCallbackResponse, _ecticket_payment_v1_HandleProcessorCallbackRequest__Output, _ecticket_payment_v1_HandleProcessorCallbackResponse__Output>
  Refund: MethodDefinition<_ecticket_payment_v1_RefundRequest, _ecticket_payment_v1_RefundRecord, _ecticket_payment_v1_RefundRequest__Output, _ecticket_payment_v1_RefundRecord__Output>
  SubmitTestCard: MethodDefinition<_ecticket_payment_v1_SubmitTestCardRequest, _ecticket_payment_v1_TestCheckout, _ecticket_payment_v1_SubmitTestCardRequest__Output, _ecticket_payment_v1_TestCheckout__Output>
}
