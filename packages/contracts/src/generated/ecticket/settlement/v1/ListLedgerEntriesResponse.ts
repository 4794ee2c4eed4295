// Original file: protos/settlement.proto

import type { LedgerEntry as _ecticket_settlement_v1_LedgerEntry, LedgerEntry__Output as _ecticket_settlement_v1_LedgerEntry__Output } from '../../../ecticket/settlement/v1/LedgerEntry';

export interface ListLedgerEntriesResponse {
  /**
   * oldest first
   */
  'entries'?: (_ecticket_settlement_v1_LedgerEntry)[];
  'nextCursor'?: (string);
}

export interface ListLedgerEntriesResponse__Output {
  /**
   * oldest first
   */
  'entries': (_ecticket_settlement_v1_LedgerEntry__Output)[];
  'nextCursor': (string);
}
