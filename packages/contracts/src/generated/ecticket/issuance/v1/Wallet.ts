// Original file: protos/issuance.proto

import type { CustomerService as _ecticket_issuance_v1_CustomerService, CustomerService__Output as _ecticket_issuance_v1_CustomerService__Output } from '../../../ecticket/issuance/v1/CustomerService';
import type { WalletTicket as _ecticket_issuance_v1_WalletTicket, WalletTicket__Output as _ecticket_issuance_v1_WalletTicket__Output } from '../../../ecticket/issuance/v1/WalletTicket';

export interface Wallet {
  'holderName'?: (string);
  /**
   * R17
   */
  'customerService'?: (_ecticket_issuance_v1_CustomerService | null);
  'tickets'?: (_ecticket_issuance_v1_WalletTicket)[];
}

export interface Wallet__Output {
  'holderName': (string);
  /**
   * R17
   */
  'customerService': (_ecticket_issuance_v1_CustomerService__Output | null);
  'tickets': (_ecticket_issuance_v1_WalletTicket__Output)[];
}
