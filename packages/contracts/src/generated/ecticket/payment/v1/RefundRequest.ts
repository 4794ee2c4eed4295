// Original file: protos/payment.proto


export interface RefundRequest {
  'orderId'?: (string);
  'ticketId'?: (string);
  /**
   * NTD, > 0
   */
  'amount'?: (number);
  'reason'?: (string);
}

export interface RefundRequest__Output {
  'orderId': (string);
  'ticketId': (string);
  /**
   * NTD, > 0
   */
  'amount': (number);
  'reason': (string);
}
