// Original file: protos/redemption.proto


export interface ReturnTicketRequest {
  'ticketNumber'?: (string);
  'redemptionCode'?: (string);
  /**
   * 1–500 characters
   */
  'reason'?: (string);
}

export interface ReturnTicketRequest__Output {
  'ticketNumber': (string);
  'redemptionCode': (string);
  /**
   * 1–500 characters
   */
  'reason': (string);
}
