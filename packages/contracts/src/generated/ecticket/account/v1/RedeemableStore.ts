// Original file: protos/account.proto


export interface RedeemableStore {
  'id'?: (string);
  'issuerMerchantId'?: (string);
  'storeMerchantId'?: (string);
  'storeName'?: (string);
  'productIds'?: (string)[];
  /**
   * "linked" | "unlinked"
   */
  'status'?: (string);
  'createdAt'?: (string);
  'unlinkedAt'?: (string);
}

export interface RedeemableStore__Output {
  'id': (string);
  'issuerMerchantId': (string);
  'storeMerchantId': (string);
  'storeName': (string);
  'productIds': (string)[];
  /**
   * "linked" | "unlinked"
   */
  'status': (string);
  'createdAt': (string);
  'unlinkedAt': (string);
}
