// Original file: protos/account.proto

import type { CustomerService as _ecticket_account_v1_CustomerService, CustomerService__Output as _ecticket_account_v1_CustomerService__Output } from '../../../ecticket/account/v1/CustomerService';

export interface Settings {
  /**
   * the merchant's switch; effective only with the contract's SMS service (R16)
   */
  'smsEnabled'?: (boolean);
  /**
   * shown on paper and electronic tickets (R17)
   */
  'customerService'?: (_ecticket_account_v1_CustomerService | null);
  /**
   * the buyers' order lookup link (R15)
   */
  'orderLookupUrl'?: (string);
}

export interface Settings__Output {
  /**
   * the merchant's switch; effective only with the contract's SMS service (R16)
   */
  'smsEnabled': (boolean);
  /**
   * shown on paper and electronic tickets (R17)
   */
  'customerService': (_ecticket_account_v1_CustomerService__Output | null);
  /**
   * the buyers' order lookup link (R15)
   */
  'orderLookupUrl': (string);
}
