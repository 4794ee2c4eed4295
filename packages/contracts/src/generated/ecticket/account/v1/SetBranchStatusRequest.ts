// Original file: protos/account.proto


export interface SetBranchStatusRequest {
  'merchantId'?: (string);
  'branchId'?: (string);
}

export interface SetBranchStatusRequest__Output {
  'merchantId': (string);
  'branchId': (string);
}
