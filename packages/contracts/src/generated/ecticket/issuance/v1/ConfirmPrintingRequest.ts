// Original file: protos/issuance.proto


/**
 * Marks every ticket of the order printed (R27 then locks the buyer); repeating it is harmless.
 */
export interface ConfirmPrintingRequest {
  'partnerId'?: (string);
  'pickupCode'?: (string);
}

/**
 * Marks every ticket of the order printed (R27 then locks the buyer); repeating it is harmless.
 */
export interface ConfirmPrintingRequest__Output {
  'partnerId': (string);
  'pickupCode': (string);
}
