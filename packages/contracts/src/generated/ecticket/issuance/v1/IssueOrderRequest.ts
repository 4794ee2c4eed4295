// Original file: protos/issuance.proto


/**
 * Issues a paid (or gift-only) order. Issuing an issued order answers it unchanged. The dates,
 * when given, are the R26.2/R26.3 inputs and replace the order's.
 */
export interface IssueOrderRequest {
  'orderId'?: (string);
  'giftVoucherExpiresOn'?: (string);
  'usableFrom'?: (string);
}

/**
 * Issues a paid (or gift-only) order. Issuing an issued order answers it unchanged. The dates,
 * when given, are the R26.2/R26.3 inputs and replace the order's.
 */
export interface IssueOrderRequest__Output {
  'orderId': (string);
  'giftVoucherExpiresOn': (string);
  'usableFrom': (string);
}
