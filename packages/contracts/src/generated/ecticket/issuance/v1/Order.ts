// Original file: protos/issuance.proto

import type { OrderState as _ecticket_issuance_v1_OrderState, OrderState__Output as _ecticket_issuance_v1_OrderState__Output } from '../../../ecticket/issuance/v1/OrderState';
import type { Buyer as _ecticket_issuance_v1_Buyer, Buyer__Output as _ecticket_issuance_v1_Buyer__Output } from '../../../ecticket/issuance/v1/Buyer';
import type { OrderItem as _ecticket_issuance_v1_OrderItem, OrderItem__Output as _ecticket_issuance_v1_OrderItem__Output } from '../../../ecticket/issuance/v1/OrderItem';
import type { TicketForm as _ecticket_issuance_v1_TicketForm, TicketForm__Output as _ecticket_issuance_v1_TicketForm__Output } from '../../../ecticket/issuance/v1/TicketForm';
import type { PaperPrinter as _ecticket_issuance_v1_PaperPrinter, PaperPrinter__Output as _ecticket_issuance_v1_PaperPrinter__Output } from '../../../ecticket/issuance/v1/PaperPrinter';
import type { Payment as _ecticket_issuance_v1_Payment, Payment__Output as _ecticket_issuance_v1_Payment__Output } from '../../../ecticket/issuance/v1/Payment';
import type { Note as _ecticket_issuance_v1_Note, Note__Output as _ecticket_issuance_v1_Note__Output } from '../../../ecticket/issuance/v1/Note';
import type { HistoryEntry as _ecticket_issuance_v1_HistoryEntry, HistoryEntry__Output as _ecticket_issuance_v1_HistoryEntry__Output } from '../../../ecticket/issuance/v1/HistoryEntry';

export interface Order {
  'id'?: (string);
  'merchantOrderNo'?: (string);
  'state'?: (_ecticket_issuance_v1_OrderState);
  'buyer'?: (_ecticket_issuance_v1_Buyer | null);
  'items'?: (_ecticket_issuance_v1_OrderItem)[];
  /**
   * the pickup vouchers' face value; never changes once paid (R8)
   */
  'amount'?: (number);
  'ticketCount'?: (number);
  'ticketForm'?: (_ecticket_issuance_v1_TicketForm);
  'paperPrinter'?: (_ecticket_issuance_v1_PaperPrinter);
  'issueOnPayment'?: (boolean);
  'giftVoucherExpiresOn'?: (string);
  'usableFrom'?: (string);
  /**
   * unset for gift-only orders
   */
  'payment'?: (_ecticket_issuance_v1_Payment | null);
  /**
   * authorised orders: the end of the issuance window (R26.1)
   */
  'issuanceDeadline'?: (string);
  'issuedAt'?: (string);
  'ticketIds'?: (string)[];
  /**
   * "abandoned" | "issuance_window_expired"
   */
  'abandonReason'?: (string);
  'abandonedAt'?: (string);
  /**
   * the branch that created it; empty: head office
   */
  'branchId'?: (string);
  'notes'?: (_ecticket_issuance_v1_Note)[];
  'history'?: (_ecticket_issuance_v1_HistoryEntry)[];
  'createdAt'?: (string);
}

export interface Order__Output {
  'id': (string);
  'merchantOrderNo': (string);
  'state': (_ecticket_issuance_v1_OrderState__Output);
  'buyer': (_ecticket_issuance_v1_Buyer__Output | null);
  'items': (_ecticket_issuance_v1_OrderItem__Output)[];
  /**
   * the pickup vouchers' face value; never changes once paid (R8)
   */
  'amount': (number);
  'ticketCount': (number);
  'ticketForm': (_ecticket_issuance_v1_TicketForm__Output);
  'paperPrinter': (_ecticket_issuance_v1_PaperPrinter__Output);
  'issueOnPayment': (boolean);
  'giftVoucherExpiresOn': (string);
  'usableFrom': (string);
  /**
   * unset for gift-only orders
   */
  'payment': (_ecticket_issuance_v1_Payment__Output | null);
  /**
   * authorised orders: the end of the issuance window (R26.1)
   */
  'issuanceDeadline': (string);
  'issuedAt': (string);
  'ticketIds': (string)[];
  /**
   * "abandoned" | "issuance_window_expired"
   */
  'abandonReason': (string);
  'abandonedAt': (string);
  /**
   * the branch that created it; empty: head office
   */
  'branchId': (string);
  'notes': (_ecticket_issuance_v1_Note__Output)[];
  'history': (_ecticket_issuance_v1_HistoryEntry__Output)[];
  'createdAt': (string);
}
