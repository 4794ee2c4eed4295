// Original file: protos/issuance.proto


export interface Payment {
  'paymentId'?: (string);
  /**
   * "pending" | "authorized" | "failed" | "voided"
   */
  'status'?: (string);
  'processor'?: (string);
  'authorizedAt'?: (string);
  'voidedAt'?: (string);
  'lastFailure'?: (string);
}

export interface Payment__Output {
  'paymentId': (string);
  /**
   * "pending" | "authorized" | "failed" | "voided"
   */
  'status': (string);
  'processor': (string);
  'authorizedAt': (string);
  'voidedAt': (string);
  'lastFailure': (string);
}
