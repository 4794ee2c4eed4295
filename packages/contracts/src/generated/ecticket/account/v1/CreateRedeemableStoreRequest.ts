// Original file: protos/account.proto


export interface CreateRedeemableStoreRequest {
  /**
   * the issuer
   */
  'merchantId'?: (string);
  /**
   * the partner allowed to redeem
   */
  'storeMerchantId'?: (string);
  'productIds'?: (string)[];
}

export interface CreateRedeemableStoreRequest__Output {
  /**
   * the issuer
   */
  'merchantId': (string);
  /**
   * the partner allowed to redeem
   */
  'storeMerchantId': (string);
  'productIds': (string)[];
}
