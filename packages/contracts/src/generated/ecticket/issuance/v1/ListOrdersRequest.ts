// Original file: protos/issuance.proto

import type { OrderState as _ecticket_issuance_v1_OrderState, OrderState__Output as _ecticket_issuance_v1_OrderState__Output } from '../../../ecticket/issuance/v1/OrderState';
import type { TicketForm as _ecticket_issuance_v1_TicketForm, TicketForm__Output as _ecticket_issuance_v1_TicketForm__Output } from '../../../ecticket/issuance/v1/TicketForm';
import type { Page as _ecticket_issuance_v1_Page, Page__Output as _ecticket_issuance_v1_Page__Output } from '../../../ecticket/issuance/v1/Page';

export interface ListOrdersRequest {
  /**
   * UNSPECIFIED: every state
   */
  'state'?: (_ecticket_issuance_v1_OrderState);
  /**
   * UNSPECIFIED: every form
   */
  'ticketForm'?: (_ecticket_issuance_v1_TicketForm);
  /**
   * timestamp, inclusive
   */
  'createdFrom'?: (string);
  /**
   * timestamp, exclusive
   */
  'createdTo'?: (string);
  /**
   * newest first
   */
  'page'?: (_ecticket_issuance_v1_Page | null);
}

export interface ListOrdersRequest__Output {
  /**
   * UNSPECIFIED: every state
   */
  'state': (_ecticket_issuance_v1_OrderState__Output);
  /**
   * UNSPECIFIED: every form
   */
  'ticketForm': (_ecticket_issuance_v1_TicketForm__Output);
  /**
   * timestamp, inclusive
   */
  'createdFrom': (string);
  /**
   * timestamp, exclusive
   */
  'createdTo': (string);
  /**
   * newest first
   */
  'page': (_ecticket_issuance_v1_Page__Output | null);
}
