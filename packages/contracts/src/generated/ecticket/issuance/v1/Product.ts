// Original file: protos/issuance.proto

import type { TicketType as _ecticket_issuance_v1_TicketType, TicketType__Output as _ecticket_issuance_v1_TicketType__Output } from '../../../ecticket/issuance/v1/TicketType';
import type { Validity as _ecticket_issuance_v1_Validity, Validity__Output as _ecticket_issuance_v1_Validity__Output } from '../../../ecticket/issuance/v1/Validity';

export interface Product {
  'id'?: (string);
  'ticketType'?: (_ecticket_issuance_v1_TicketType);
  'name'?: (string);
  'description'?: (string);
  'faceValue'?: (number);
  'validity'?: (_ecticket_issuance_v1_Validity | null);
  /**
   * electronic tickets: usable at once, else they need a usable-from day (R26.3)
   */
  'immediatelyUsable'?: (boolean);
  'redemptionBranchIds'?: (string)[];
  'returnBranchIds'?: (string)[];
  'listed'?: (boolean);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface Product__Output {
  'id': (string);
  'ticketType': (_ecticket_issuance_v1_TicketType__Output);
  'name': (string);
  'description': (string);
  'faceValue': (number);
  'validity': (_ecticket_issuance_v1_Validity__Output | null);
  /**
   * electronic tickets: usable at once, else they need a usable-from day (R26.3)
   */
  'immediatelyUsable': (boolean);
  'redemptionBranchIds': (string)[];
  'returnBranchIds': (string)[];
  'listed': (boolean);
  'createdAt': (string);
  'updatedAt': (string);
}
