// Original file: protos/issuance.proto


export interface SendBuyerOrderLinksResponse {
  'ordersSent'?: (number);
}

export interface SendBuyerOrderLinksResponse__Output {
  'ordersSent': (number);
}
