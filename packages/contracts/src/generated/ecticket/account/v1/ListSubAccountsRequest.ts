// Original file: protos/account.proto

import type { Page as _ecticket_account_v1_Page, Page__Output as _ecticket_account_v1_Page__Output } from '../../../ecticket/account/v1/Page';

export interface ListSubAccountsRequest {
  'merchantId'?: (string);
  /**
   * true: the "deleted accounts" list (R14)
   */
  'deleted'?: (boolean);
  /**
   * set: the sub-accounts of this branch (R24)
   */
  'branchId'?: (string);
  'page'?: (_ecticket_account_v1_Page | null);
}

export interface ListSubAccountsRequest__Output {
  'merchantId': (string);
  /**
   * true: the "deleted accounts" list (R14)
   */
  'deleted': (boolean);
  /**
   * set: the sub-accounts of this branch (R24)
   */
  'branchId': (string);
  'page': (_ecticket_account_v1_Page__Output | null);
}
