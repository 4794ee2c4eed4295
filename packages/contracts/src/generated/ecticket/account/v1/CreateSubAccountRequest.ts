// Original file: protos/account.proto


export interface CreateSubAccountRequest {
  'merchantId'?: (string);
  'username'?: (string);
  'displayName'?: (string);
  'password'?: (string);
  'permissions'?: (string)[];
  /**
   * empty: head office
   */
  'branchId'?: (string);
}

export interface CreateSubAccountRequest__Output {
  'merchantId': (string);
  'username': (string);
  'displayName': (string);
  'password': (string);
  'permissions': (string)[];
  /**
   * empty: head office
   */
  'branchId': (string);
}
