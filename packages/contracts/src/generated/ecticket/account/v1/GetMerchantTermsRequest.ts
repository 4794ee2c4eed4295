// Original file: protos/account.proto


export interface GetMerchantTermsRequest {
  'merchantId'?: (string);
}

export interface GetMerchantTermsRequest__Output {
  'merchantId': (string);
}
