// Original file: protos/payment.proto


export interface CheckoutForm {
  /**
   * where the buyer's browser posts the form
   */
  'actionUrl'?: (string);
  /**
   * "POST"
   */
  'method'?: (string);
  /**
   * signed form fields (CheckMacValue for ECPay)
   */
  'fields'?: ({[key: string]: string});
}

export interface CheckoutForm__Output {
  /**
   * where the buyer's browser posts the form
   */
  'actionUrl': (string);
  /**
   * "POST"
   */
  'method': (string);
  /**
   * signed form fields (CheckMacValue for ECPay)
   */
  'fields': ({[key: string]: string});
}
