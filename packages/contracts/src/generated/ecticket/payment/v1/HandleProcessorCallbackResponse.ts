// Original file: protos/payment.proto


export interface HandleProcessorCallbackResponse {
  /**
   * "1|OK" for a genuine notice (duplicates included), "0|<reason>" otherwise
   */
  'reply'?: (string);
}

export interface HandleProcessorCallbackResponse__Output {
  /**
   * "1|OK" for a genuine notice (duplicates included), "0|<reason>" otherwise
   */
  'reply': (string);
}
