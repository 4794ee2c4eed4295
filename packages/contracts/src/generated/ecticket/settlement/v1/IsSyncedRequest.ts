// Original file: protos/settlement.proto


export interface IsSyncedRequest {
  'ticketId'?: (string);
}

export interface IsSyncedRequest__Output {
  'ticketId': (string);
}
