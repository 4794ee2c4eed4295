// Original file: protos/issuance.proto


export interface Contact {
  'name'?: (string);
  'email'?: (string);
  /**
   * optional
   */
  'phone'?: (string);
}

export interface Contact__Output {
  'name': (string);
  'email': (string);
  /**
   * optional
   */
  'phone': (string);
}
