// Original file: protos/issuance.proto


export interface MarkPrintedResponse {
  /**
   * printed by this call
   */
  'ticketIds'?: (string)[];
  'printedAt'?: (string);
}

export interface MarkPrintedResponse__Output {
  /**
   * printed by this call
   */
  'ticketIds': (string)[];
  'printedAt': (string);
}
