// Original file: protos/issuance.proto

import type { TicketType as _ecticket_issuance_v1_TicketType, TicketType__Output as _ecticket_issuance_v1_TicketType__Output } from '../../../ecticket/issuance/v1/TicketType';
import type { Validity as _ecticket_issuance_v1_Validity, Validity__Output as _ecticket_issuance_v1_Validity__Output } from '../../../ecticket/issuance/v1/Validity';

export interface CreateProductRequest {
  'ticketType'?: (_ecticket_issuance_v1_TicketType);
  'name'?: (string);
  'description'?: (string);
  'faceValue'?: (number);
  'validity'?: (_ecticket_issuance_v1_Validity | null);
  'immediatelyUsable'?: (boolean);
  'redemptionBranchIds'?: (string)[];
  'returnBranchIds'?: (string)[];
}

export interface CreateProductRequest__Output {
  'ticketType': (_ecticket_issuance_v1_TicketType__Output);
  'name': (string);
  'description': (string);
  'faceValue': (number);
  'validity': (_ecticket_issuance_v1_Validity__Output | null);
  'immediatelyUsable': (boolean);
  'redemptionBranchIds': (string)[];
  'returnBranchIds': (string)[];
}
