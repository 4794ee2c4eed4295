// Original file: protos/settlement.proto

import type { Page as _ecticket_settlement_v1_Page, Page__Output as _ecticket_settlement_v1_Page__Output } from '../../../ecticket/settlement/v1/Page';

export interface ListBranchReportRequest {
  'merchantId'?: (string);
  /**
   * only this branch's records; forced to its own for a branch-bound sub-account
   */
  'branchId'?: (string);
  /**
   * empty: no bound
   */
  'fromDate'?: (string);
  /**
   * empty: no bound
   */
  'toDate'?: (string);
  /**
   * "redemption" | "return"; empty: both
   */
  'usage'?: (string);
  'page'?: (_ecticket_settlement_v1_Page | null);
}

export interface ListBranchReportRequest__Output {
  'merchantId': (string);
  /**
   * only this branch's records; forced to its own for a branch-bound sub-account
   */
  'branchId': (string);
  /**
   * empty: no bound
   */
  'fromDate': (string);
  /**
   * empty: no bound
   */
  'toDate': (string);
  /**
   * "redemption" | "return"; empty: both
   */
  'usage': (string);
  'page': (_ecticket_settlement_v1_Page__Output | null);
}
