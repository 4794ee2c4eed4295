// Original file: protos/issuance.proto

import type { Actor as _ecticket_issuance_v1_Actor, Actor__Output as _ecticket_issuance_v1_Actor__Output } from '../../../ecticket/issuance/v1/Actor';

export interface HistoryEntry {
  'at'?: (string);
  /**
   * e.g. "order.created", "order.issued", "ticket.transferred"
   */
  'action'?: (string);
  'actor'?: (_ecticket_issuance_v1_Actor | null);
  'detail'?: (string);
}

export interface HistoryEntry__Output {
  'at': (string);
  /**
   * e.g. "order.created", "order.issued", "ticket.transferred"
   */
  'action': (string);
  'actor': (_ecticket_issuance_v1_Actor__Output | null);
  'detail': (string);
}
