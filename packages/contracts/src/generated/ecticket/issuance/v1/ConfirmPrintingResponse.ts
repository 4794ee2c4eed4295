// Original file: protos/issuance.proto


export interface ConfirmPrintingResponse {
  'orderId'?: (string);
  'ticketIds'?: (string)[];
  'printedAt'?: (string);
}

export interface ConfirmPrintingResponse__Output {
  'orderId': (string);
  'ticketIds': (string)[];
  'printedAt': (string);
}
