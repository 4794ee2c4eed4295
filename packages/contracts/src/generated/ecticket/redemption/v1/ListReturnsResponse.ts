// Original file: protos/redemption.proto

import type { Return as _ecticket_redemption_v1_Return, Return__Output as _ecticket_redemption_v1_Return__Output } from '../../../ecticket/redemption/v1/Return';

export interface ListReturnsResponse {
  'returns'?: (_ecticket_redemption_v1_Return)[];
  'nextCursor'?: (string);
}

export interface ListReturnsResponse__Output {
  'returns': (_ecticket_redemption_v1_Return__Output)[];
  'nextCursor': (string);
}
