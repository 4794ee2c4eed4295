// Original file: protos/issuance.proto

import type { Order as _ecticket_issuance_v1_Order, Order__Output as _ecticket_issuance_v1_Order__Output } from '../../../ecticket/issuance/v1/Order';
import type { Ticket as _ecticket_issuance_v1_Ticket, Ticket__Output as _ecticket_issuance_v1_Ticket__Output } from '../../../ecticket/issuance/v1/Ticket';

export interface OrderDetail {
  'order'?: (_ecticket_issuance_v1_Order | null);
  'tickets'?: (_ecticket_issuance_v1_Ticket)[];
}

export interface OrderDetail__Output {
  'order': (_ecticket_issuance_v1_Order__Output | null);
  'tickets': (_ecticket_issuance_v1_Ticket__Output)[];
}
