// Original file: protos/account.proto

import type { BranchRef as _ecticket_account_v1_BranchRef, BranchRef__Output as _ecticket_account_v1_BranchRef__Output } from '../../../ecticket/account/v1/BranchRef';

export interface AuditEntry {
  'id'?: (string);
  'merchantId'?: (string);
  'actorAccountId'?: (string);
  'actorName'?: (string);
  'actorBranch'?: (_ecticket_account_v1_BranchRef | null);
  /**
   * e.g. "sub_account.permissions_changed"
   */
  'action'?: (string);
  'targetType'?: (string);
  'targetId'?: (string);
  /**
   * the object before the change (secrets never included)
   */
  'beforeJson'?: (string);
  'afterJson'?: (string);
  'at'?: (string);
}

export interface AuditEntry__Output {
  'id': (string);
  'merchantId': (string);
  'actorAccountId': (string);
  'actorName': (string);
  'actorBranch': (_ecticket_account_v1_BranchRef__Output | null);
  /**
   * e.g. "sub_account.permissions_changed"
   */
  'action': (string);
  'targetType': (string);
  'targetId': (string);
  /**
   * the object before the change (secrets never included)
   */
  'beforeJson': (string);
  'afterJson': (string);
  'at': (string);
}
