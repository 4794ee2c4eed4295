// Original file: protos/redemption.proto


/**
 * Exactly one of the references.
 */
export interface GetTicketUsageRequest {
  'ticketId'?: (string);
  'ticketNumber'?: (string);
  'redemptionCode'?: (string);
}

/**
 * Exactly one of the references.
 */
export interface GetTicketUsageRequest__Output {
  'ticketId': (string);
  'ticketNumber': (string);
  'redemptionCode': (string);
}
