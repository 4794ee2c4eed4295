// Original file: protos/issuance.proto

import type { Buyer as _ecticket_issuance_v1_Buyer, Buyer__Output as _ecticket_issuance_v1_Buyer__Output } from '../../../ecticket/issuance/v1/Buyer';

/**
 * R27: refused once a ticket of the order was transferred (electronic) or printed.
 */
export interface ChangeBuyerRequest {
  'orderId'?: (string);
  'buyer'?: (_ecticket_issuance_v1_Buyer | null);
}

/**
 * R27: refused once a ticket of the order was transferred (electronic) or printed.
 */
export interface ChangeBuyerRequest__Output {
  'orderId': (string);
  'buyer': (_ecticket_issuance_v1_Buyer__Output | null);
}
