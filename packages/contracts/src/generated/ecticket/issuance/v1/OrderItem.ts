// Original file: protos/issuance.proto

import type { TicketType as _ecticket_issuance_v1_TicketType, TicketType__Output as _ecticket_issuance_v1_TicketType__Output } from '../../../ecticket/issuance/v1/TicketType';

export interface OrderItem {
  'productId'?: (string);
  'productName'?: (string);
  'ticketType'?: (_ecticket_issuance_v1_TicketType);
  'faceValue'?: (number);
  'quantity'?: (number);
}

export interface OrderItem__Output {
  'productId': (string);
  'productName': (string);
  'ticketType': (_ecticket_issuance_v1_TicketType__Output);
  'faceValue': (number);
  'quantity': (number);
}
