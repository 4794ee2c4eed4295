// Original file: protos/issuance.proto


export interface GetWalletRequest {
  'walletToken'?: (string);
}

export interface GetWalletRequest__Output {
  'walletToken': (string);
}
