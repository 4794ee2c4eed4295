// Original file: protos/issuance.proto


export interface GetTicketRequest {
  'ticketId'?: (string);
}

export interface GetTicketRequest__Output {
  'ticketId': (string);
}
