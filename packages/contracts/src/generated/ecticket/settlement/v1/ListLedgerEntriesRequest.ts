// Original file: protos/settlement.proto

import type { Page as _ecticket_settlement_v1_Page, Page__Output as _ecticket_settlement_v1_Page__Output } from '../../../ecticket/settlement/v1/Page';

export interface ListLedgerEntriesRequest {
  'merchantId'?: (string);
  /**
   * posted on or after this day; empty: from the first entry
   */
  'fromDate'?: (string);
  /**
   * posted on or before this day; empty: up to now
   */
  'toDate'?: (string);
  /**
   * empty: every account
   */
  'account'?: (string);
  'page'?: (_ecticket_settlement_v1_Page | null);
}

export interface ListLedgerEntriesRequest__Output {
  'merchantId': (string);
  /**
   * posted on or after this day; empty: from the first entry
   */
  'fromDate': (string);
  /**
   * posted on or before this day; empty: up to now
   */
  'toDate': (string);
  /**
   * empty: every account
   */
  'account': (string);
  'page': (_ecticket_settlement_v1_Page__Output | null);
}
