// Original file: protos/account.proto

import type { SubAccount as _ecticket_account_v1_SubAccount, SubAccount__Output as _ecticket_account_v1_SubAccount__Output } from '../../../ecticket/account/v1/SubAccount';

export interface ListSubAccountsResponse {
  'subAccounts'?: (_ecticket_account_v1_SubAccount)[];
  'nextCursor'?: (string);
}

export interface ListSubAccountsResponse__Output {
  'subAccounts': (_ecticket_account_v1_SubAccount__Output)[];
  'nextCursor': (string);
}
