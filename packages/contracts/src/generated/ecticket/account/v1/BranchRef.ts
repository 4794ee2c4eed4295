// Original file: protos/account.proto

import type { BranchStatus as _ecticket_account_v1_BranchStatus, BranchStatus__Output as _ecticket_account_v1_BranchStatus__Output } from '../../../ecticket/account/v1/BranchStatus';

export interface BranchRef {
  'id'?: (string);
  'name'?: (string);
  'code'?: (string);
  'status'?: (_ecticket_account_v1_BranchStatus);
}

export interface BranchRef__Output {
  'id': (string);
  'name': (string);
  'code': (string);
  'status': (_ecticket_account_v1_BranchStatus__Output);
}
