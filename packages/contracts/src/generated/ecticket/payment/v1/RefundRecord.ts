// Original file: protos/payment.proto


export interface RefundRecord {
  'refundId'?: (string);
  'paymentId'?: (string);
  'orderId'?: (string);
  'ticketId'?: (string);
  'amount'?: (number);
  'reason'?: (string);
  'refundedAt'?: (string);
  /**
   * "partially_refunded" | "refunded", as of this answer
   */
  'paymentStatus'?: (string);
  /**
   * every refund of the order so far, as of this answer
   */
  'refundedTotal'?: (number);
}

export interface RefundRecord__Output {
  'refundId': (string);
  'paymentId': (string);
  'orderId': (string);
  'ticketId': (string);
  'amount': (number);
  'reason': (string);
  'refundedAt': (string);
  /**
   * "partially_refunded" | "refunded", as of this answer
   */
  'paymentStatus': (string);
  /**
   * every refund of the order so far, as of this answer
   */
  'refundedTotal': (number);
}
