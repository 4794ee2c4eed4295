// Original file: protos/account.proto

import type { CustomerService as _ecticket_account_v1_CustomerService, CustomerService__Output as _ecticket_account_v1_CustomerService__Output } from '../../../ecticket/account/v1/CustomerService';

export interface MerchantTerms {
  'merchantId'?: (string);
  'payoutDays'?: (number);
  'guaranteeDays'?: (number);
  'giftVouchersEnabled'?: (boolean);
  /**
   * effective: contract allows it and the merchant switched it on (R16)
   */
  'smsEnabled'?: (boolean);
  'customerService'?: (_ecticket_account_v1_CustomerService | null);
  /**
   * as buyers see it: checkout pages, notifications
   */
  'merchantName'?: (string);
}

export interface MerchantTerms__Output {
  'merchantId': (string);
  'payoutDays': (number);
  'guaranteeDays': (number);
  'giftVouchersEnabled': (boolean);
  /**
   * effective: contract allows it and the merchant switched it on (R16)
   */
  'smsEnabled': (boolean);
  'customerService': (_ecticket_account_v1_CustomerService__Output | null);
  /**
   * as buyers see it: checkout pages, notifications
   */
  'merchantName': (string);
}
