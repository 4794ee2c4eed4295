// Original file: protos/issuance.proto

import type { CustomerService as _ecticket_issuance_v1_CustomerService, CustomerService__Output as _ecticket_issuance_v1_CustomerService__Output } from '../../../ecticket/issuance/v1/CustomerService';
import type { PrintableTicket as _ecticket_issuance_v1_PrintableTicket, PrintableTicket__Output as _ecticket_issuance_v1_PrintableTicket__Output } from '../../../ecticket/issuance/v1/PrintableTicket';

export interface KioskOrder {
  'orderId'?: (string);
  'buyerName'?: (string);
  'customerService'?: (_ecticket_issuance_v1_CustomerService | null);
  /**
   * at most 8 (R26.4)
   */
  'tickets'?: (_ecticket_issuance_v1_PrintableTicket)[];
}

export interface KioskOrder__Output {
  'orderId': (string);
  'buyerName': (string);
  'customerService': (_ecticket_issuance_v1_CustomerService__Output | null);
  /**
   * at most 8 (R26.4)
   */
  'tickets': (_ecticket_issuance_v1_PrintableTicket__Output)[];
}
