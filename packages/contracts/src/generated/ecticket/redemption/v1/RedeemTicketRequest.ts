// Original file: protos/redemption.proto


export interface RedeemTicketRequest {
  /**
   * typed in the back office
   */
  'redemptionCode'?: (string);
  /**
   * scanned from the ticket
   */
  'qrPayload'?: (string);
}

export interface RedeemTicketRequest__Output {
  /**
   * typed in the back office
   */
  'redemptionCode': (string);
  /**
   * scanned from the ticket
   */
  'qrPayload': (string);
}
