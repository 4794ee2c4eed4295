// Original file: protos/account.proto


export interface UpdateBranchRequest {
  'merchantId'?: (string);
  'branchId'?: (string);
  'name'?: (string);
  'address'?: (string);
  '_name'?: "name";
  '_address'?: "address";
}

export interface UpdateBranchRequest__Output {
  'merchantId': (string);
  'branchId': (string);
  'name'?: (string);
  'address'?: (string);
  '_name'?: "name";
  '_address'?: "address";
}
