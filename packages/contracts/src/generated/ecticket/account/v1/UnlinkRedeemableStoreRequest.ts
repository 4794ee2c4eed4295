// Original file: protos/account.proto


export interface UnlinkRedeemableStoreRequest {
  'merchantId'?: (string);
  'relationId'?: (string);
}

export interface UnlinkRedeemableStoreRequest__Output {
  'merchantId': (string);
  'relationId': (string);
}
