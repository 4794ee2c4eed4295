// Original file: protos/account.proto

import type { CustomerService as _ecticket_account_v1_CustomerService, CustomerService__Output as _ecticket_account_v1_CustomerService__Output } from '../../../ecticket/account/v1/CustomerService';

export interface JointIssuer {
  'relationId'?: (string);
  'issuerMerchantId'?: (string);
  'issuerName'?: (string);
  'issuerCustomerService'?: (_ecticket_account_v1_CustomerService | null);
  'productIds'?: (string)[];
  'linkedAt'?: (string);
}

export interface JointIssuer__Output {
  'relationId': (string);
  'issuerMerchantId': (string);
  'issuerName': (string);
  'issuerCustomerService': (_ecticket_account_v1_CustomerService__Output | null);
  'productIds': (string)[];
  'linkedAt': (string);
}
