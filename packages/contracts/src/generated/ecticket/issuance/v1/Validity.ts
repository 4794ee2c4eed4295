// Original file: protos/issuance.proto


export interface Validity {
  /**
   * empty: usable from issue
   */
  'usableFrom'?: (string);
  /**
   * a fixed last day; at most one of expires_on and valid_days
   */
  'expiresOn'?: (string);
  /**
   * usable through the day this many days after the issue day; 0: none
   */
  'validDays'?: (number);
}

export interface Validity__Output {
  /**
   * empty: usable from issue
   */
  'usableFrom': (string);
  /**
   * a fixed last day; at most one of expires_on and valid_days
   */
  'expiresOn': (string);
  /**
   * usable through the day this many days after the issue day; 0: none
   */
  'validDays': (number);
}
