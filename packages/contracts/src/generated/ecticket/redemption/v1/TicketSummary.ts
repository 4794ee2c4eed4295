// Original file: protos/redemption.proto

import type { TicketType as _ecticket_redemption_v1_TicketType, TicketType__Output as _ecticket_redemption_v1_TicketType__Output } from '../../../ecticket/redemption/v1/TicketType';

/**
 * What a redemption or a return record says about its ticket.
 */
export interface TicketSummary {
  'ticketId'?: (string);
  'ticketNumber'?: (string);
  'orderId'?: (string);
  'issuerMerchantId'?: (string);
  'productId'?: (string);
  'productName'?: (string);
  'ticketType'?: (_ecticket_redemption_v1_TicketType);
  'faceValue'?: (number);
}

/**
 * What a redemption or a return record says about its ticket.
 */
export interface TicketSummary__Output {
  'ticketId': (string);
  'ticketNumber': (string);
  'orderId': (string);
  'issuerMerchantId': (string);
  'productId': (string);
  'productName': (string);
  'ticketType': (_ecticket_redemption_v1_TicketType__Output);
  'faceValue': (number);
}
