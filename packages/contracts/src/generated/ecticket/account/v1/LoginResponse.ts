// Original file: protos/account.proto

import type { Principal as _ecticket_account_v1_Principal, Principal__Output as _ecticket_account_v1_Principal__Output } from '../../../ecticket/account/v1/Principal';

export interface LoginResponse {
  'accessToken'?: (string);
  /**
   * "Bearer"
   */
  'tokenType'?: (string);
  /**
   * seconds
   */
  'expiresIn'?: (number);
  'principal'?: (_ecticket_account_v1_Principal | null);
}

export interface LoginResponse__Output {
  'accessToken': (string);
  /**
   * "Bearer"
   */
  'tokenType': (string);
  /**
   * seconds
   */
  'expiresIn': (number);
  'principal': (_ecticket_account_v1_Principal__Output | null);
}
