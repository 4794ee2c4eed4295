// Original file: protos/redemption.proto

import type { TicketSummary as _ecticket_redemption_v1_TicketSummary, TicketSummary__Output as _ecticket_redemption_v1_TicketSummary__Output } from '../../../ecticket/redemption/v1/TicketSummary';
import type { Operator as _ecticket_redemption_v1_Operator, Operator__Output as _ecticket_redemption_v1_Operator__Output } from '../../../ecticket/redemption/v1/Operator';
import type { Refund as _ecticket_redemption_v1_Refund, Refund__Output as _ecticket_redemption_v1_Refund__Output } from '../../../ecticket/redemption/v1/Refund';
import type { Cancellation as _ecticket_redemption_v1_Cancellation, Cancellation__Output as _ecticket_redemption_v1_Cancellation__Output } from '../../../ecticket/redemption/v1/Cancellation';
import type { PendingCancellation as _ecticket_redemption_v1_PendingCancellation, PendingCancellation__Output as _ecticket_redemption_v1_PendingCancellation__Output } from '../../../ecticket/redemption/v1/PendingCancellation';

export interface Return {
  'id'?: (string);
  'ticket'?: (_ecticket_redemption_v1_TicketSummary | null);
  /**
   * the issuer
   */
  'merchantId'?: (string);
  'operator'?: (_ecticket_redemption_v1_Operator | null);
  'returnedAt'?: (string);
  'reason'?: (string);
  'refund'?: (_ecticket_redemption_v1_Refund);
  /**
   * unset while the return stands
   */
  'cancellation'?: (_ecticket_redemption_v1_Cancellation | null);
  /**
   * set while a cancellation of it awaits settlement (then `cancellation` is unset)
   */
  'pendingCancellation'?: (_ecticket_redemption_v1_PendingCancellation | null);
}

export interface Return__Output {
  'id': (string);
  'ticket': (_ecticket_redemption_v1_TicketSummary__Output | null);
  /**
   * the issuer
   */
  'merchantId': (string);
  'operator': (_ecticket_redemption_v1_Operator__Output | null);
  'returnedAt': (string);
  'reason': (string);
  'refund': (_ecticket_redemption_v1_Refund__Output);
  /**
   * unset while the return stands
   */
  'cancellation': (_ecticket_redemption_v1_Cancellation__Output | null);
  /**
   * set while a cancellation of it awaits settlement (then `cancellation` is unset)
   */
  'pendingCancellation': (_ecticket_redemption_v1_PendingCancellation__Output | null);
}
