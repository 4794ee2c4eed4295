// Original file: protos/issuance.proto


export interface CheckoutForm {
  'actionUrl'?: (string);
  'method'?: (string);
  'fields'?: ({[key: string]: string});
}

export interface CheckoutForm__Output {
  'actionUrl': (string);
  'method': (string);
  'fields': ({[key: string]: string});
}
