// Original file: protos/account.proto

import type { CustomerServicePatch as _ecticket_account_v1_CustomerServicePatch, CustomerServicePatch__Output as _ecticket_account_v1_CustomerServicePatch__Output } from '../../../ecticket/account/v1/CustomerServicePatch';

export interface UpdateMerchantSettingsRequest {
  'merchantId'?: (string);
  'smsEnabled'?: (boolean);
  'customerService'?: (_ecticket_account_v1_CustomerServicePatch | null);
  '_smsEnabled'?: "smsEnabled";
}

export interface UpdateMerchantSettingsRequest__Output {
  'merchantId': (string);
  'smsEnabled'?: (boolean);
  'customerService': (_ecticket_account_v1_CustomerServicePatch__Output | null);
  '_smsEnabled'?: "smsEnabled";
}
