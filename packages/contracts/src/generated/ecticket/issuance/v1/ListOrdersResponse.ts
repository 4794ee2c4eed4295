// Original file: protos/issuance.proto

import type { Order as _ecticket_issuance_v1_Order, Order__Output as _ecticket_issuance_v1_Order__Output } from '../../../ecticket/issuance/v1/Order';

export interface ListOrdersResponse {
  'orders'?: (_ecticket_issuance_v1_Order)[];
  'nextCursor'?: (string);
}

export interface ListOrdersResponse__Output {
  'orders': (_ecticket_issuance_v1_Order__Output)[];
  'nextCursor': (string);
}
