// Original file: protos/payment.proto


export interface SubmitTestCardRequest {
  'paymentId'?: (string);
  /**
   * digits, spaces or dashes; never stored, logged or echoed
   */
  'cardNumber'?: (string);
  /**
   * 1–12
   */
  'expiryMonth'?: (number);
  /**
   * four digits, or two (20xx)
   */
  'expiryYear'?: (number);
  /**
   * never stored, logged or echoed
   */
  'cvv'?: (string);
  /**
   * 0 or 1: paid in full; more is refused (R3)
   */
  'installments'?: (number);
}

export interface SubmitTestCardRequest__Output {
  'paymentId': (string);
  /**
   * digits, spaces or dashes; never stored, logged or echoed
   */
  'cardNumber': (string);
  /**
   * 1–12
   */
  'expiryMonth': (number);
  /**
   * four digits, or two (20xx)
   */
  'expiryYear': (number);
  /**
   * never stored, logged or echoed
   */
  'cvv': (string);
  /**
   * 0 or 1: paid in full; more is refused (R3)
   */
  'installments': (number);
}
