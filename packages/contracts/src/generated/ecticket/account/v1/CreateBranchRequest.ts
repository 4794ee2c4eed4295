// Original file: protos/account.proto


export interface CreateBranchRequest {
  'merchantId'?: (string);
  'name'?: (string);
  'code'?: (string);
  'address'?: (string);
}

export interface CreateBranchRequest__Output {
  'merchantId': (string);
  'name': (string);
  'code': (string);
  'address': (string);
}
