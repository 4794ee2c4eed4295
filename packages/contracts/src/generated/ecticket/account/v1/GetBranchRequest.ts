// Original file: protos/account.proto


export interface GetBranchRequest {
  'merchantId'?: (string);
  'branchId'?: (string);
}

export interface GetBranchRequest__Output {
  'merchantId': (string);
  'branchId': (string);
}
