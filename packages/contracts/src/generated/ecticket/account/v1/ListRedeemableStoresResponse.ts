// Original file: protos/account.proto

import type { RedeemableStore as _ecticket_account_v1_RedeemableStore, RedeemableStore__Output as _ecticket_account_v1_RedeemableStore__Output } from '../../../ecticket/account/v1/RedeemableStore';

export interface ListRedeemableStoresResponse {
  'stores'?: (_ecticket_account_v1_RedeemableStore)[];
  'nextCursor'?: (string);
}

export interface ListRedeemableStoresResponse__Output {
  'stores': (_ecticket_account_v1_RedeemableStore__Output)[];
  'nextCursor': (string);
}
