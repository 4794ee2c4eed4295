// Original file: protos/account.proto

import type { BranchRef as _ecticket_account_v1_BranchRef, BranchRef__Output as _ecticket_account_v1_BranchRef__Output } from '../../../ecticket/account/v1/BranchRef';

export interface SubAccount {
  'id'?: (string);
  'merchantId'?: (string);
  'username'?: (string);
  'displayName'?: (string);
  'permissions'?: (string)[];
  /**
   * unset: head office
   */
  'branch'?: (_ecticket_account_v1_BranchRef | null);
  'deleted'?: (boolean);
  'createdAt'?: (string);
  'deletedAt'?: (string);
}

export interface SubAccount__Output {
  'id': (string);
  'merchantId': (string);
  'username': (string);
  'displayName': (string);
  'permissions': (string)[];
  /**
   * unset: head office
   */
  'branch': (_ecticket_account_v1_BranchRef__Output | null);
  'deleted': (boolean);
  'createdAt': (string);
  'deletedAt': (string);
}
