// Original file: protos/account.proto


export interface VerificationKey {
  'kid'?: (string);
  /**
   * "ES256"
   */
  'algorithm'?: (string);
  'publicKeyPem'?: (string);
}

export interface VerificationKey__Output {
  'kid': (string);
  /**
   * "ES256"
   */
  'algorithm': (string);
  'publicKeyPem': (string);
}
