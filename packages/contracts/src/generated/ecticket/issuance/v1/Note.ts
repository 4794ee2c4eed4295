// Original file: protos/issuance.proto

import type { Actor as _ecticket_issuance_v1_Actor, Actor__Output as _ecticket_issuance_v1_Actor__Output } from '../../../ecticket/issuance/v1/Actor';

export interface Note {
  'id'?: (string);
  'text'?: (string);
  /**
   * empty: about the whole order
   */
  'ticketId'?: (string);
  'author'?: (_ecticket_issuance_v1_Actor | null);
  'at'?: (string);
}

export interface Note__Output {
  'id': (string);
  'text': (string);
  /**
   * empty: about the whole order
   */
  'ticketId': (string);
  'author': (_ecticket_issuance_v1_Actor__Output | null);
  'at': (string);
}
