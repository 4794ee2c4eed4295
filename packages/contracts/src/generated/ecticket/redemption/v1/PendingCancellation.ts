// Original file: protos/redemption.proto

import type { Operator as _ecticket_redemption_v1_Operator, Operator__Output as _ecticket_redemption_v1_Operator__Output } from '../../../ecticket/redemption/v1/Operator';

/**
 * R30: a cancellation asked for and recorded, that the settlement service has yet to confirm.
 * Meanwhile the ticket keeps its state and refuses other changes (CANCELLATION_IN_PROGRESS); a
 * repair job completes it (the record's `cancellation` is then set, as asked: when, why, by whom)
 * or withdraws it (settlement refused: the use was synced to the bank first) within minutes.
 */
export interface PendingCancellation {
  'requestedAt'?: (string);
  'reason'?: (string);
  /**
   * R21: the account and its branch (name and code)
   */
  'requestedBy'?: (_ecticket_redemption_v1_Operator | null);
}

/**
 * R30: a cancellation asked for and recorded, that the settlement service has yet to confirm.
 * Meanwhile the ticket keeps its state and refuses other changes (CANCELLATION_IN_PROGRESS); a
 * repair job completes it (the record's `cancellation` is then set, as asked: when, why, by whom)
 * or withdraws it (settlement refused: the use was synced to the bank first) within minutes.
 */
export interface PendingCancellation__Output {
  'requestedAt': (string);
  'reason': (string);
  /**
   * R21: the account and its branch (name and code)
   */
  'requestedBy': (_ecticket_redemption_v1_Operator__Output | null);
}
