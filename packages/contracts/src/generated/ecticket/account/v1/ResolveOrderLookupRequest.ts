// Original file: protos/account.proto


export interface ResolveOrderLookupRequest {
  /**
   * the last segment of the merchant's orderLookupUrl
   */
  'lookupToken'?: (string);
}

export interface ResolveOrderLookupRequest__Output {
  /**
   * the last segment of the merchant's orderLookupUrl
   */
  'lookupToken': (string);
}
