// Original file: protos/account.proto


export interface CustomerService {
  'phone'?: (string);
  'email'?: (string);
  'hours'?: (string);
  'address'?: (string);
  /**
   * only platform operators change it (R17)
   */
  'storeWebsiteUrl'?: (string);
}

export interface CustomerService__Output {
  'phone': (string);
  'email': (string);
  'hours': (string);
  'address': (string);
  /**
   * only platform operators change it (R17)
   */
  'storeWebsiteUrl': (string);
}
