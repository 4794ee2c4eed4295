// Original file: protos/redemption.proto


export interface CancelRedemptionRequest {
  'redemptionId'?: (string);
  /**
   * 1–500 characters
   */
  'reason'?: (string);
}

export interface CancelRedemptionRequest__Output {
  'redemptionId': (string);
  /**
   * 1–500 characters
   */
  'reason': (string);
}
