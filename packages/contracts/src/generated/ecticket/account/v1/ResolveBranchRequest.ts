// Original file: protos/account.proto


export interface ResolveBranchRequest {
  'merchantId'?: (string);
  'branchId'?: (string);
}

export interface ResolveBranchRequest__Output {
  'merchantId': (string);
  'branchId': (string);
}
