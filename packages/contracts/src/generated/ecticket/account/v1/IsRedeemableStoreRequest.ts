// Original file: protos/account.proto


export interface IsRedeemableStoreRequest {
  'issuerMerchantId'?: (string);
  'storeMerchantId'?: (string);
  'productId'?: (string);
}

export interface IsRedeemableStoreRequest__Output {
  'issuerMerchantId': (string);
  'storeMerchantId': (string);
  'productId': (string);
}
