// Original file: protos/redemption.proto

import type { Operator as _ecticket_redemption_v1_Operator, Operator__Output as _ecticket_redemption_v1_Operator__Output } from '../../../ecticket/redemption/v1/Operator';

export interface Cancellation {
  'cancelledAt'?: (string);
  'reason'?: (string);
  'cancelledBy'?: (_ecticket_redemption_v1_Operator | null);
}

export interface Cancellation__Output {
  'cancelledAt': (string);
  'reason': (string);
  'cancelledBy': (_ecticket_redemption_v1_Operator__Output | null);
}
