// Original file: protos/issuance.proto


export interface MarkPrintedRequest {
  'orderId'?: (string);
  /**
   * empty: every ticket of the print data
   */
  'ticketIds'?: (string)[];
}

export interface MarkPrintedRequest__Output {
  'orderId': (string);
  /**
   * empty: every ticket of the print data
   */
  'ticketIds': (string)[];
}
