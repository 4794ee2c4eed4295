// Original file: protos/settlement.proto


export interface ExportReconciliationRequest {
  'merchantId'?: (string);
  /**
   * required
   */
  'fromDate'?: (string);
  /**
   * required; at most 366 days after from_date
   */
  'toDate'?: (string);
}

export interface ExportReconciliationRequest__Output {
  'merchantId': (string);
  /**
   * required
   */
  'fromDate': (string);
  /**
   * required; at most 366 days after from_date
   */
  'toDate': (string);
}
