// Original file: protos/account.proto


export interface LoginRequest {
  /**
   * empty for platform operators
   */
  'merchantId'?: (string);
  'username'?: (string);
  'password'?: (string);
  /**
   * for rate limiting per address
   */
  'clientAddress'?: (string);
}

export interface LoginRequest__Output {
  /**
   * empty for platform operators
   */
  'merchantId': (string);
  'username': (string);
  'password': (string);
  /**
   * for rate limiting per address
   */
  'clientAddress': (string);
}
