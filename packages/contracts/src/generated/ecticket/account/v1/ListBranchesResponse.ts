// Original file: protos/account.proto

import type { Branch as _ecticket_account_v1_Branch, Branch__Output as _ecticket_account_v1_Branch__Output } from '../../../ecticket/account/v1/Branch';

export interface ListBranchesResponse {
  'branches'?: (_ecticket_account_v1_Branch)[];
  'nextCursor'?: (string);
}

export interface ListBranchesResponse__Output {
  'branches': (_ecticket_account_v1_Branch__Output)[];
  'nextCursor': (string);
}
