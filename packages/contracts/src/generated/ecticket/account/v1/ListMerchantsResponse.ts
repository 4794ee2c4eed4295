// Original file: protos/account.proto

import type { Merchant as _ecticket_account_v1_Merchant, Merchant__Output as _ecticket_account_v1_Merchant__Output } from '../../../ecticket/account/v1/Merchant';

export interface ListMerchantsResponse {
  'merchants'?: (_ecticket_account_v1_Merchant)[];
  'nextCursor'?: (string);
}

export interface ListMerchantsResponse__Output {
  'merchants': (_ecticket_account_v1_Merchant__Output)[];
  'nextCursor': (string);
}
