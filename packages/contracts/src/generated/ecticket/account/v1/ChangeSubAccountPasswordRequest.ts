// Original file: protos/account.proto


export interface ChangeSubAccountPasswordRequest {
  'merchantId'?: (string);
  'subAccountId'?: (string);
  'newPassword'?: (string);
}

export interface ChangeSubAccountPasswordRequest__Output {
  'merchantId': (string);
  'subAccountId': (string);
  'newPassword': (string);
}
