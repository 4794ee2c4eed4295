// Original file: protos/account.proto


export interface IsRedeemableStoreResponse {
  'allowed'?: (boolean);
}

export interface IsRedeemableStoreResponse__Output {
  'allowed': (boolean);
}
