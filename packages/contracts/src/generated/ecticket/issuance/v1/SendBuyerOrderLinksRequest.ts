// Original file: protos/issuance.proto


export interface SendBuyerOrderLinksRequest {
  'merchantId'?: (string);
  'email'?: (string);
}

export interface SendBuyerOrderLinksRequest__Output {
  'merchantId': (string);
  'email': (string);
}
