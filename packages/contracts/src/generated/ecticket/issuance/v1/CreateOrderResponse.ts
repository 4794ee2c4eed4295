// Original file: protos/issuance.proto

import type { Order as _ecticket_issuance_v1_Order, Order__Output as _ecticket_issuance_v1_Order__Output } from '../../../ecticket/issuance/v1/Order';
import type { CheckoutForm as _ecticket_issuance_v1_CheckoutForm, CheckoutForm__Output as _ecticket_issuance_v1_CheckoutForm__Output } from '../../../ecticket/issuance/v1/CheckoutForm';

export interface CreateOrderResponse {
  'order'?: (_ecticket_issuance_v1_Order | null);
  /**
   * what the buyer's browser posts to pay; unset when nothing is to be paid
   */
  'checkout'?: (_ecticket_issuance_v1_CheckoutForm | null);
}

export interface CreateOrderResponse__Output {
  'order': (_ecticket_issuance_v1_Order__Output | null);
  /**
   * what the buyer's browser posts to pay; unset when nothing is to be paid
   */
  'checkout': (_ecticket_issuance_v1_CheckoutForm__Output | null);
}
