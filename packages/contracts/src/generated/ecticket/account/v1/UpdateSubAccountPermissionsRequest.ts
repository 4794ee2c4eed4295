// Original file: protos/account.proto


export interface UpdateSubAccountPermissionsRequest {
  'merchantId'?: (string);
  'subAccountId'?: (string);
  'permissions'?: (string)[];
}

export interface UpdateSubAccountPermissionsRequest__Output {
  'merchantId': (string);
  'subAccountId': (string);
  'permissions': (string)[];
}
