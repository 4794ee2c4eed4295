// Original file: protos/payment.proto


export interface GetPaymentRequest {
  'orderId'?: (string);
}

export interface GetPaymentRequest__Output {
  'orderId': (string);
}
