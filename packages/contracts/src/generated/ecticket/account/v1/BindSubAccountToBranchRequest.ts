// Original file: protos/account.proto


export interface BindSubAccountToBranchRequest {
  'merchantId'?: (string);
  'subAccountId'?: (string);
  /**
   * empty: unbind (head office)
   */
  'branchId'?: (string);
}

export interface BindSubAccountToBranchRequest__Output {
  'merchantId': (string);
  'subAccountId': (string);
  /**
   * empty: unbind (head office)
   */
  'branchId': (string);
}
