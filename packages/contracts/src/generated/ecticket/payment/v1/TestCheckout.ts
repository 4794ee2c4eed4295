// Original file: protos/payment.proto


export interface TestCheckout {
  'paymentId'?: (string);
  'orderId'?: (string);
  'amount'?: (number);
  'description'?: (string);
  'merchantName'?: (string);
  /**
   * the payment's status (see PaymentIntent.status)
   */
  'status'?: (string);
  /**
   * "visa" | "mastercard" | "jcb" once a card was accepted, else ""
   */
  'cardBrand'?: (string);
  'cardLast4'?: (string);
  /**
   * the test processor's trade number once a card was accepted, else ""
   */
  'processorTradeNo'?: (string);
}

export interface TestCheckout__Output {
  'paymentId': (string);
  'orderId': (string);
  'amount': (number);
  'description': (string);
  'merchantName': (string);
  /**
   * the payment's status (see PaymentIntent.status)
   */
  'status': (string);
  /**
   * "visa" | "mastercard" | "jcb" once a card was accepted, else ""
   */
  'cardBrand': (string);
  'cardLast4': (string);
  /**
   * the test processor's trade number once a card was accepted, else ""
   */
  'processorTradeNo': (string);
}
