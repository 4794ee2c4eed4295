// Original file: protos/account.proto

import type { Role as _ecticket_account_v1_Role, Role__Output as _ecticket_account_v1_Role__Output } from '../../../ecticket/account/v1/Role';
import type { BranchRef as _ecticket_account_v1_BranchRef, BranchRef__Output as _ecticket_account_v1_BranchRef__Output } from '../../../ecticket/account/v1/BranchRef';

export interface Principal {
  'accountId'?: (string);
  /**
   * empty for operators
   */
  'merchantId'?: (string);
  'role'?: (_ecticket_account_v1_Role);
  'name'?: (string);
  'permissions'?: (string)[];
  /**
   * unset: head office (R22)
   */
  'branch'?: (_ecticket_account_v1_BranchRef | null);
  'headOffice'?: (boolean);
}

export interface Principal__Output {
  'accountId': (string);
  /**
   * empty for operators
   */
  'merchantId': (string);
  'role': (_ecticket_account_v1_Role__Output);
  'name': (string);
  'permissions': (string)[];
  /**
   * unset: head office (R22)
   */
  'branch': (_ecticket_account_v1_BranchRef__Output | null);
  'headOffice': (boolean);
}
