// Original file: protos/issuance.proto

import type { Contact as _ecticket_issuance_v1_Contact, Contact__Output as _ecticket_issuance_v1_Contact__Output } from '../../../ecticket/issuance/v1/Contact';

export interface TransferTicketRequest {
  'walletToken'?: (string);
  'ticketId'?: (string);
  /**
   * receives a wallet link of their own for this ticket
   */
  'recipient'?: (_ecticket_issuance_v1_Contact | null);
}

export interface TransferTicketRequest__Output {
  'walletToken': (string);
  'ticketId': (string);
  /**
   * receives a wallet link of their own for this ticket
   */
  'recipient': (_ecticket_issuance_v1_Contact__Output | null);
}
