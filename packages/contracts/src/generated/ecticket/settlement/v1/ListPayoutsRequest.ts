// Original file: protos/settlement.proto

import type { Page as _ecticket_settlement_v1_Page, Page__Output as _ecticket_settlement_v1_Page__Output } from '../../../ecticket/settlement/v1/Page';

export interface ListPayoutsRequest {
  'merchantId'?: (string);
  /**
   * payout date on or after; empty: no bound
   */
  'fromDate'?: (string);
  /**
   * payout date on or before; empty: no bound
   */
  'toDate'?: (string);
  'page'?: (_ecticket_settlement_v1_Page | null);
}

export interface ListPayoutsRequest__Output {
  'merchantId': (string);
  /**
   * payout date on or after; empty: no bound
   */
  'fromDate': (string);
  /**
   * payout date on or before; empty: no bound
   */
  'toDate': (string);
  'page': (_ecticket_settlement_v1_Page__Output | null);
}
