// Original file: protos/issuance.proto

import type { TicketType as _ecticket_issuance_v1_TicketType, TicketType__Output as _ecticket_issuance_v1_TicketType__Output } from '../../../ecticket/issuance/v1/TicketType';
import type { TicketForm as _ecticket_issuance_v1_TicketForm, TicketForm__Output as _ecticket_issuance_v1_TicketForm__Output } from '../../../ecticket/issuance/v1/TicketForm';
import type { Actor as _ecticket_issuance_v1_Actor, Actor__Output as _ecticket_issuance_v1_Actor__Output } from '../../../ecticket/issuance/v1/Actor';
import type { HistoryEntry as _ecticket_issuance_v1_HistoryEntry, HistoryEntry__Output as _ecticket_issuance_v1_HistoryEntry__Output } from '../../../ecticket/issuance/v1/HistoryEntry';

export interface Ticket {
  'id'?: (string);
  'orderId'?: (string);
  'ticketNumber'?: (string);
  'redemptionCode'?: (string);
  'qrPayload'?: (string);
  'productId'?: (string);
  'productName'?: (string);
  'ticketType'?: (_ecticket_issuance_v1_TicketType);
  'ticketForm'?: (_ecticket_issuance_v1_TicketForm);
  'faceValue'?: (number);
  /**
   * empty: from issue
   */
  'usableFrom'?: (string);
  /**
   * empty: no expiry
   */
  'expiresAt'?: (string);
  'redemptionBranchIds'?: (string)[];
  'returnBranchIds'?: (string)[];
  'transferred'?: (boolean);
  'printed'?: (boolean);
  'printedAt'?: (string);
  'issuedAt'?: (string);
  'issuedBy'?: (_ecticket_issuance_v1_Actor | null);
  'history'?: (_ecticket_issuance_v1_HistoryEntry)[];
  'merchantId'?: (string);
  /**
   * pickup vouchers: the end of the guarantee (escrow) period
   */
  'guaranteeEndsAt'?: (string);
  /**
   * "unused" | "redeemed" | "returned", as the redemption service reported it
   */
  'usage'?: (string);
}

export interface Ticket__Output {
  'id': (string);
  'orderId': (string);
  'ticketNumber': (string);
  'redemptionCode': (string);
  'qrPayload': (string);
  'productId': (string);
  'productName': (string);
  'ticketType': (_ecticket_issuance_v1_TicketType__Output);
  'ticketForm': (_ecticket_issuance_v1_TicketForm__Output);
  'faceValue': (number);
  /**
   * empty: from issue
   */
  'usableFrom': (string);
  /**
   * empty: no expiry
   */
  'expiresAt': (string);
  'redemptionBranchIds': (string)[];
  'returnBranchIds': (string)[];
  'transferred': (boolean);
  'printed': (boolean);
  'printedAt': (string);
  'issuedAt': (string);
  'issuedBy': (_ecticket_issuance_v1_Actor__Output | null);
  'history': (_ecticket_issuance_v1_HistoryEntry__Output)[];
  'merchantId': (string);
  /**
   * pickup vouchers: the end of the guarantee (escrow) period
   */
  'guaranteeEndsAt': (string);
  /**
   * "unused" | "redeemed" | "returned", as the redemption service reported it
   */
  'usage': (string);
}
