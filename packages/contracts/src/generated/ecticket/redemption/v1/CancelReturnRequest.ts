// Original file: protos/redemption.proto


export interface CancelReturnRequest {
  'returnId'?: (string);
  /**
   * 1–500 characters
   */
  'reason'?: (string);
}

export interface CancelReturnRequest__Output {
  'returnId': (string);
  /**
   * 1–500 characters
   */
  'reason': (string);
}
