// Original file: protos/settlement.proto

import type { Payout as _ecticket_settlement_v1_Payout, Payout__Output as _ecticket_settlement_v1_Payout__Output } from '../../../ecticket/settlement/v1/Payout';

export interface ListPayoutsResponse {
  /**
   * oldest first
   */
  'payouts'?: (_ecticket_settlement_v1_Payout)[];
  'nextCursor'?: (string);
}

export interface ListPayoutsResponse__Output {
  /**
   * oldest first
   */
  'payouts': (_ecticket_settlement_v1_Payout__Output)[];
  'nextCursor': (string);
}
