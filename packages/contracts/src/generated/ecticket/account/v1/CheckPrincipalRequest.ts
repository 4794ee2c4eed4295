// Original file: protos/account.proto


export interface CheckPrincipalRequest {
  'accessToken'?: (string);
  /**
   * When set, the principal must hold this permission node (an owner holds all).
   */
  'requiredPermission'?: (string);
  /**
   * True for operations that change something: refused for a sub-account of a disabled branch (R23).
   */
  'mutating'?: (boolean);
}

export interface CheckPrincipalRequest__Output {
  'accessToken': (string);
  /**
   * When set, the principal must hold this permission node (an owner holds all).
   */
  'requiredPermission': (string);
  /**
   * True for operations that change something: refused for a sub-account of a disabled branch (R23).
   */
  'mutating': (boolean);
}
