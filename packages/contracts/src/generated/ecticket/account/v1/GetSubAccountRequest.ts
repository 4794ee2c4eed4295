// Original file: protos/account.proto


export interface GetSubAccountRequest {
  'merchantId'?: (string);
  'subAccountId'?: (string);
}

export interface GetSubAccountRequest__Output {
  'merchantId': (string);
  'subAccountId': (string);
}
