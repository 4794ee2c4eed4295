// Original file: protos/issuance.proto

import type { Buyer as _ecticket_issuance_v1_Buyer, Buyer__Output as _ecticket_issuance_v1_Buyer__Output } from '../../../ecticket/issuance/v1/Buyer';
import type { OrderItemRequest as _ecticket_issuance_v1_OrderItemRequest, OrderItemRequest__Output as _ecticket_issuance_v1_OrderItemRequest__Output } from '../../../ecticket/issuance/v1/OrderItemRequest';
import type { TicketForm as _ecticket_issuance_v1_TicketForm, TicketForm__Output as _ecticket_issuance_v1_TicketForm__Output } from '../../../ecticket/issuance/v1/TicketForm';
import type { PaperPrinter as _ecticket_issuance_v1_PaperPrinter, PaperPrinter__Output as _ecticket_issuance_v1_PaperPrinter__Output } from '../../../ecticket/issuance/v1/PaperPrinter';

export interface CreateOrderRequest {
  /**
   * The storefront's order number (letters and digits, 1–20): creating the same number again
   * answers the existing order (a replay), or ORDER_NUMBER_TAKEN if the request differs.
   */
  'merchantOrderNo'?: (string);
  'buyer'?: (_ecticket_issuance_v1_Buyer | null);
  /**
   * listed products of the merchant
   */
  'items'?: (_ecticket_issuance_v1_OrderItemRequest)[];
  'ticketForm'?: (_ecticket_issuance_v1_TicketForm);
  /**
   * paper orders only
   */
  'paperPrinter'?: (_ecticket_issuance_v1_PaperPrinter);
  /**
   * issue as soon as the payment is authorised
   */
  'issueOnPayment'?: (boolean);
  /**
   * R26.2 (required for gift-only orders to be issued)
   */
  'giftVoucherExpiresOn'?: (string);
  /**
   * R26.3 (required for non-immediate electronic tickets)
   */
  'usableFrom'?: (string);
}

export interface CreateOrderRequest__Output {
  /**
   * The storefront's order number (letters and digits, 1–20): creating the same number again
   * answers the existing order (a replay), or ORDER_NUMBER_TAKEN if the request differs.
   */
  'merchantOrderNo': (string);
  'buyer': (_ecticket_issuance_v1_Buyer__Output | null);
  /**
   * listed products of the merchant
   */
  'items': (_ecticket_issuance_v1_OrderItemRequest__Output)[];
  'ticketForm': (_ecticket_issuance_v1_TicketForm__Output);
  /**
   * paper orders only
   */
  'paperPrinter': (_ecticket_issuance_v1_PaperPrinter__Output);
  /**
   * issue as soon as the payment is authorised
   */
  'issueOnPayment': (boolean);
  /**
   * R26.2 (required for gift-only orders to be issued)
   */
  'giftVoucherExpiresOn': (string);
  /**
   * R26.3 (required for non-immediate electronic tickets)
   */
  'usableFrom': (string);
}
