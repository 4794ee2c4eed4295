// Original file: protos/account.proto

import type { VerificationKey as _ecticket_account_v1_VerificationKey, VerificationKey__Output as _ecticket_account_v1_VerificationKey__Output } from '../../../ecticket/account/v1/VerificationKey';

export interface GetVerificationKeysResponse {
  'keys'?: (_ecticket_account_v1_VerificationKey)[];
  'issuer'?: (string);
  'audience'?: (string);
}

export interface GetVerificationKeysResponse__Output {
  'keys': (_ecticket_account_v1_VerificationKey__Output)[];
  'issuer': (string);
  'audience': (string);
}
