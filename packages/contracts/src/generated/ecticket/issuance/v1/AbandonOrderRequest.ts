// Original file: protos/issuance.proto


/**
 * R9: only a paid order not yet issued; payment voids the authorization.
 */
export interface AbandonOrderRequest {
  'orderId'?: (string);
}

/**
 * R9: only a paid order not yet issued; payment voids the authorization.
 */
export interface AbandonOrderRequest__Output {
  'orderId': (string);
}
