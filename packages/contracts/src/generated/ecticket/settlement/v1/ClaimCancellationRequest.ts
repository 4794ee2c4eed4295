// Original file: protos/settlement.proto


export interface ClaimCancellationRequest {
  /**
   * the redemption id or return id
   */
  'usageId'?: (string);
  'ticketId'?: (string);
  /**
   * "redemption" | "return"
   */
  'usage'?: (string);
}

export interface ClaimCancellationRequest__Output {
  /**
   * the redemption id or return id
   */
  'usageId': (string);
  'ticketId': (string);
  /**
   * "redemption" | "return"
   */
  'usage': (string);
}
