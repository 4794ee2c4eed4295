import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { PaymentServiceClient as _ecticket_payment_v1_PaymentServiceClient, PaymentServiceDefinition as _ecticket_payment_v1_PaymentServiceDefinition } from './ecticket/payment/v1/PaymentService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ecticket: {
    payment: {
      v1: {
        CheckoutForm: MessageTypeDefinition
        CreatePaymentIntentRequest: MessageTypeDefinition
        GetPaymentRequest: MessageTypeDefinition
        GetTestCheckoutRequest: MessageTypeDefinition
        HandleProcessorCallbackRequest: MessageTypeDefinition
        HandleProcessorCallbackResponse: MessageTypeDefinition
        PaymentIntent: MessageTypeDefinition
        PaymentService: SubtypeConstructor<typeof grpc.Client, _ecticket_payment_v1_PaymentServiceClient> & { service: _ecticket_payment_v1_PaymentServiceDefinition }
        RefundRecord: MessageTypeDefinition
        RefundRequest: MessageTypeDefinition
        SubmitTestCardRequest: MessageTypeDefinition
        TestCheckout: MessageTypeDefinition
      }
    }
  }
}

