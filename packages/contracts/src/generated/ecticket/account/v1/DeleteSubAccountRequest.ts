// Original file: protos/account.proto


export interface DeleteSubAccountRequest {
  'merchantId'?: (string);
  'subAccountId'?: (string);
}

export interface DeleteSubAccountRequest__Output {
  'merchantId': (string);
  'subAccountId': (string);
}
