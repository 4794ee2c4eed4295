// Original file: protos/settlement.proto

import type { BranchReportRow as _ecticket_settlement_v1_BranchReportRow, BranchReportRow__Output as _ecticket_settlement_v1_BranchReportRow__Output } from '../../../ecticket/settlement/v1/BranchReportRow';

export interface ListBranchReportResponse {
  /**
   * oldest first
   */
  'rows'?: (_ecticket_settlement_v1_BranchReportRow)[];
  'nextCursor'?: (string);
}

export interface ListBranchReportResponse__Output {
  /**
   * oldest first
   */
  'rows': (_ecticket_settlement_v1_BranchReportRow__Output)[];
  'nextCursor': (string);
}
