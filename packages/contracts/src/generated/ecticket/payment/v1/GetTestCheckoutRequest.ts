// Original file: protos/payment.proto


export interface GetTestCheckoutRequest {
  'paymentId'?: (string);
}

export interface GetTestCheckoutRequest__Output {
  'paymentId': (string);
}
