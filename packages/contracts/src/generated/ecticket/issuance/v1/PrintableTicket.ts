// Original file: protos/issuance.proto

import type { TicketType as _ecticket_issuance_v1_TicketType, TicketType__Output as _ecticket_issuance_v1_TicketType__Output } from '../../../ecticket/issuance/v1/TicketType';

export interface PrintableTicket {
  'ticketId'?: (string);
  'ticketNumber'?: (string);
  'redemptionCode'?: (string);
  'qrPayload'?: (string);
  'productName'?: (string);
  'ticketType'?: (_ecticket_issuance_v1_TicketType);
  'faceValue'?: (number);
  'usableFrom'?: (string);
  'expiresAt'?: (string);
  'printed'?: (boolean);
}

export interface PrintableTicket__Output {
  'ticketId': (string);
  'ticketNumber': (string);
  'redemptionCode': (string);
  'qrPayload': (string);
  'productName': (string);
  'ticketType': (_ecticket_issuance_v1_TicketType__Output);
  'faceValue': (number);
  'usableFrom': (string);
  'expiresAt': (string);
  'printed': (boolean);
}
