// Original file: protos/account.proto


export interface CustomerServicePatch {
  'phone'?: (string);
  'email'?: (string);
  'hours'?: (string);
  'address'?: (string);
  /**
   * only platform operators may set it; a merchant is refused (R17)
   */
  'storeWebsiteUrl'?: (string);
  '_phone'?: "phone";
  '_email'?: "email";
  '_hours'?: "hours";
  '_address'?: "address";
  '_storeWebsiteUrl'?: "storeWebsiteUrl";
}

export interface CustomerServicePatch__Output {
  'phone'?: (string);
  'email'?: (string);
  'hours'?: (string);
  'address'?: (string);
  /**
   * only platform operators may set it; a merchant is refused (R17)
   */
  'storeWebsiteUrl'?: (string);
  '_phone'?: "phone";
  '_email'?: "email";
  '_hours'?: "hours";
  '_address'?: "address";
  '_storeWebsiteUrl'?: "storeWebsiteUrl";
}
