// Original file: protos/redemption.proto

import type { Redemption as _ecticket_redemption_v1_Redemption, Redemption__Output as _ecticket_redemption_v1_Redemption__Output } from '../../../ecticket/redemption/v1/Redemption';

export interface ListRedemptionsResponse {
  'redemptions'?: (_ecticket_redemption_v1_Redemption)[];
  'nextCursor'?: (string);
}

export interface ListRedemptionsResponse__Output {
  'redemptions': (_ecticket_redemption_v1_Redemption__Output)[];
  'nextCursor': (string);
}
