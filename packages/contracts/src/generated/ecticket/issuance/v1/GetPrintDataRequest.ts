// Original file: protos/issuance.proto


/**
 * Paper orders: the unused tickets (not redeemed, returned or expired), for the merchant's printer.
 */
export interface GetPrintDataRequest {
  'orderId'?: (string);
}

/**
 * Paper orders: the unused tickets (not redeemed, returned or expired), for the merchant's printer.
 */
export interface GetPrintDataRequest__Output {
  'orderId': (string);
}
