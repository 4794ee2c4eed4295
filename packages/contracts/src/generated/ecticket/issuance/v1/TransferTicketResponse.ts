// Original file: protos/issuance.proto


export interface TransferTicketResponse {
  'ticketId'?: (string);
  'transferredAt'?: (string);
}

export interface TransferTicketResponse__Output {
  'ticketId': (string);
  'transferredAt': (string);
}
