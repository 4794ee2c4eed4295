// Original file: protos/settlement.proto


export interface CheckLedgerInvariantsRequest {
  /**
   * empty: the whole ledger
   */
  'merchantId'?: (string);
}

export interface CheckLedgerInvariantsRequest__Output {
  /**
   * empty: the whole ledger
   */
  'merchantId': (string);
}
