// Original file: protos/issuance.proto

import type { TicketVerificationKey as _ecticket_issuance_v1_TicketVerificationKey, TicketVerificationKey__Output as _ecticket_issuance_v1_TicketVerificationKey__Output } from '../../../ecticket/issuance/v1/TicketVerificationKey';

export interface GetTicketVerificationKeysResponse {
  'keys'?: (_ecticket_issuance_v1_TicketVerificationKey)[];
}

export interface GetTicketVerificationKeysResponse__Output {
  'keys': (_ecticket_issuance_v1_TicketVerificationKey__Output)[];
}
