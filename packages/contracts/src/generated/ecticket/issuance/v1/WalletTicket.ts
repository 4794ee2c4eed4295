// Original file: protos/issuance.proto

import type { TicketType as _ecticket_issuance_v1_TicketType, TicketType__Output as _ecticket_issuance_v1_TicketType__Output } from '../../../ecticket/issuance/v1/TicketType';

export interface WalletTicket {
  'ticketId'?: (string);
  'ticketNumber'?: (string);
  /**
   * empty once transferred away
   */
  'redemptionCode'?: (string);
  /**
   * empty once transferred away
   */
  'qrPayload'?: (string);
  'productName'?: (string);
  'productDescription'?: (string);
  'ticketType'?: (_ecticket_issuance_v1_TicketType);
  'faceValue'?: (number);
  'usableFrom'?: (string);
  'expiresAt'?: (string);
  'transferredAway'?: (boolean);
  /**
   * "unused" | "redeemed" | "returned" | "expired" (unused, past its expiry)
   */
  'usage'?: (string);
}

export interface WalletTicket__Output {
  'ticketId': (string);
  'ticketNumber': (string);
  /**
   * empty once transferred away
   */
  'redemptionCode': (string);
  /**
   * empty once transferred away
   */
  'qrPayload': (string);
  'productName': (string);
  'productDescription': (string);
  'ticketType': (_ecticket_issuance_v1_TicketType__Output);
  'faceValue': (number);
  'usableFrom': (string);
  'expiresAt': (string);
  'transferredAway': (boolean);
  /**
   * "unused" | "redeemed" | "returned" | "expired" (unused, past its expiry)
   */
  'usage': (string);
}
