// Original file: protos/issuance.proto


/**
 * Paper orders: the tickets still usable (not expired), for the merchant's printer.
 */
export interface GetPrintDataRequest {
  'orderId'?: (string);
}

/**
 * Paper orders: the tickets still usable (not expired), for the merchant's printer.
 */
export interface GetPrintDataRequest__Output {
  'orderId': (string);
}
