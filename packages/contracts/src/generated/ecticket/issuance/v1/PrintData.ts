// Original file: protos/issuance.proto

import type { Buyer as _ecticket_issuance_v1_Buyer, Buyer__Output as _ecticket_issuance_v1_Buyer__Output } from '../../../ecticket/issuance/v1/Buyer';
import type { CustomerService as _ecticket_issuance_v1_CustomerService, CustomerService__Output as _ecticket_issuance_v1_CustomerService__Output } from '../../../ecticket/issuance/v1/CustomerService';
import type { PrintableTicket as _ecticket_issuance_v1_PrintableTicket, PrintableTicket__Output as _ecticket_issuance_v1_PrintableTicket__Output } from '../../../ecticket/issuance/v1/PrintableTicket';

export interface PrintData {
  'orderId'?: (string);
  'buyer'?: (_ecticket_issuance_v1_Buyer | null);
  /**
   * shown on the ticket (R17)
   */
  'customerService'?: (_ecticket_issuance_v1_CustomerService | null);
  'tickets'?: (_ecticket_issuance_v1_PrintableTicket)[];
}

export interface PrintData__Output {
  'orderId': (string);
  'buyer': (_ecticket_issuance_v1_Buyer__Output | null);
  /**
   * shown on the ticket (R17)
   */
  'customerService': (_ecticket_issuance_v1_CustomerService__Output | null);
  'tickets': (_ecticket_issuance_v1_PrintableTicket__Output)[];
}
