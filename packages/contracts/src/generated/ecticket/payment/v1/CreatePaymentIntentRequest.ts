// Original file: protos/payment.proto


export interface CreatePaymentIntentRequest {
  'orderId'?: (string);
  'merchantId'?: (string);
  /**
   * NTD, > 0 (an order is far below 2^31 NTD)
   */
  'amount'?: (number);
  /**
   * shown at the processor's checkout
   */
  'description'?: (string);
  /**
   * not kept: the processor asks the buyer itself
   */
  'buyerEmail'?: (string);
  /**
   * optional; shown on the test processor's checkout page
   */
  'merchantName'?: (string);
}

export interface CreatePaymentIntentRequest__Output {
  'orderId': (string);
  'merchantId': (string);
  /**
   * NTD, > 0 (an order is far below 2^31 NTD)
   */
  'amount': (number);
  /**
   * shown at the processor's checkout
   */
  'description': (string);
  /**
   * not kept: the processor asks the buyer itself
   */
  'buyerEmail': (string);
  /**
   * optional; shown on the test processor's checkout page
   */
  'merchantName': (string);
}
