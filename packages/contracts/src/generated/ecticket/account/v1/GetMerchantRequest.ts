// Original file: protos/account.proto


export interface GetMerchantRequest {
  'merchantId'?: (string);
}

export interface GetMerchantRequest__Output {
  'merchantId': (string);
}
