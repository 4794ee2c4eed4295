// Original file: protos/issuance.proto

import type { TicketType as _ecticket_issuance_v1_TicketType, TicketType__Output as _ecticket_issuance_v1_TicketType__Output } from '../../../ecticket/issuance/v1/TicketType';
import type { Page as _ecticket_issuance_v1_Page, Page__Output as _ecticket_issuance_v1_Page__Output } from '../../../ecticket/issuance/v1/Page';

export interface ListProductsRequest {
  'listed'?: (boolean);
  /**
   * UNSPECIFIED: every type
   */
  'ticketType'?: (_ecticket_issuance_v1_TicketType);
  'page'?: (_ecticket_issuance_v1_Page | null);
  '_listed'?: "listed";
}

export interface ListProductsRequest__Output {
  'listed'?: (boolean);
  /**
   * UNSPECIFIED: every type
   */
  'ticketType': (_ecticket_issuance_v1_TicketType__Output);
  'page': (_ecticket_issuance_v1_Page__Output | null);
  '_listed'?: "listed";
}
