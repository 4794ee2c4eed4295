// Original file: protos/account.proto

import type { Contract as _ecticket_account_v1_Contract, Contract__Output as _ecticket_account_v1_Contract__Output } from '../../../ecticket/account/v1/Contract';
import type { Settings as _ecticket_account_v1_Settings, Settings__Output as _ecticket_account_v1_Settings__Output } from '../../../ecticket/account/v1/Settings';

export interface Merchant {
  'id'?: (string);
  'name'?: (string);
  /**
   * empty for a branch-bound sub-account (R22.5)
   */
  'contract'?: (_ecticket_account_v1_Contract | null);
  'contractVisible'?: (boolean);
  'settings'?: (_ecticket_account_v1_Settings | null);
  'ownerUsername'?: (string);
  'createdAt'?: (string);
}

export interface Merchant__Output {
  'id': (string);
  'name': (string);
  /**
   * empty for a branch-bound sub-account (R22.5)
   */
  'contract': (_ecticket_account_v1_Contract__Output | null);
  'contractVisible': (boolean);
  'settings': (_ecticket_account_v1_Settings__Output | null);
  'ownerUsername': (string);
  'createdAt': (string);
}
