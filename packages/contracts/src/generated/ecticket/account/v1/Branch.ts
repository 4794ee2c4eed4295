// Original file: protos/account.proto

import type { BranchStatus as _ecticket_account_v1_BranchStatus, BranchStatus__Output as _ecticket_account_v1_BranchStatus__Output } from '../../../ecticket/account/v1/BranchStatus';
import type { SubAccount as _ecticket_account_v1_SubAccount, SubAccount__Output as _ecticket_account_v1_SubAccount__Output } from '../../../ecticket/account/v1/SubAccount';

export interface Branch {
  'id'?: (string);
  'merchantId'?: (string);
  'name'?: (string);
  'code'?: (string);
  'status'?: (_ecticket_account_v1_BranchStatus);
  'address'?: (string);
  /**
   * filled by GetBranch (R24)
   */
  'subAccounts'?: (_ecticket_account_v1_SubAccount)[];
  'createdAt'?: (string);
}

export interface Branch__Output {
  'id': (string);
  'merchantId': (string);
  'name': (string);
  'code': (string);
  'status': (_ecticket_account_v1_BranchStatus__Output);
  'address': (string);
  /**
   * filled by GetBranch (R24)
   */
  'subAccounts': (_ecticket_account_v1_SubAccount__Output)[];
  'createdAt': (string);
}
