// Original file: protos/settlement.proto


export interface ClaimCancellationResponse {
  'usageId'?: (string);
  'ticketId'?: (string);
  'cancelledAt'?: (string);
}

export interface ClaimCancellationResponse__Output {
  'usageId': (string);
  'ticketId': (string);
  'cancelledAt': (string);
}
