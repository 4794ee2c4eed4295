// Original file: protos/issuance.proto


export interface TicketVerificationKey {
  'kid'?: (string);
  /**
   * "Ed25519"
   */
  'algorithm'?: (string);
  /**
   * raw 32-byte key, unpadded base64url
   */
  'publicKey'?: (string);
  /**
   * the same key as SPKI PEM
   */
  'publicKeyPem'?: (string);
}

export interface TicketVerificationKey__Output {
  'kid': (string);
  /**
   * "Ed25519"
   */
  'algorithm': (string);
  /**
   * raw 32-byte key, unpadded base64url
   */
  'publicKey': (string);
  /**
   * the same key as SPKI PEM
   */
  'publicKeyPem': (string);
}
