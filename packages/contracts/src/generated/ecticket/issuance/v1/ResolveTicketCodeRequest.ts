// Original file: protos/issuance.proto


/**
 * For the redemption service: the ticket a typed redemption code, ticket number or scanned QR
 * payload names, of any merchant. A QR payload is verified before any lookup (INVALID_QR_PAYLOAD).
 */
export interface ResolveTicketCodeRequest {
  'code'?: (string);
}

/**
 * For the redemption service: the ticket a typed redemption code, ticket number or scanned QR
 * payload names, of any merchant. A QR payload is verified before any lookup (INVALID_QR_PAYLOAD).
 */
export interface ResolveTicketCodeRequest__Output {
  'code': (string);
}
