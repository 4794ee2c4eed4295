// Original file: protos/issuance.proto


export interface Buyer {
  'name'?: (string);
  /**
   * required for electronic tickets
   */
  'phone'?: (string);
  'email'?: (string);
  /**
   * required for paper printed by the platform
   */
  'address'?: (string);
}

export interface Buyer__Output {
  'name': (string);
  /**
   * required for electronic tickets
   */
  'phone': (string);
  'email': (string);
  /**
   * required for paper printed by the platform
   */
  'address': (string);
}
