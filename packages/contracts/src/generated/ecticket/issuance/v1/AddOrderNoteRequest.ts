// Original file: protos/issuance.proto


/**
 * R32: refused to a sub-account of a disabled branch.
 */
export interface AddOrderNoteRequest {
  'orderId'?: (string);
  /**
   * 1–500 characters
   */
  'text'?: (string);
  /**
   * optional: a ticket of this order
   */
  'ticketId'?: (string);
}

/**
 * R32: refused to a sub-account of a disabled branch.
 */
export interface AddOrderNoteRequest__Output {
  'orderId': (string);
  /**
   * 1–500 characters
   */
  'text': (string);
  /**
   * optional: a ticket of this order
   */
  'ticketId': (string);
}
