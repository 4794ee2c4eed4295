// Original file: protos/account.proto

import type { Page as _ecticket_account_v1_Page, Page__Output as _ecticket_account_v1_Page__Output } from '../../../ecticket/account/v1/Page';

export interface ListRedeemableStoresRequest {
  'merchantId'?: (string);
  'page'?: (_ecticket_account_v1_Page | null);
}

export interface ListRedeemableStoresRequest__Output {
  'merchantId': (string);
  'page': (_ecticket_account_v1_Page__Output | null);
}
