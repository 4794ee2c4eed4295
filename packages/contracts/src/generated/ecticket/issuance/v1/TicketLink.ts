// Original file: protos/issuance.proto


export interface TicketLink {
  'ticketId'?: (string);
  'walletUrl'?: (string);
}

export interface TicketLink__Output {
  'ticketId': (string);
  'walletUrl': (string);
}
