// Original file: protos/account.proto

import type { Contract as _ecticket_account_v1_Contract, Contract__Output as _ecticket_account_v1_Contract__Output } from '../../../ecticket/account/v1/Contract';

export interface UpdateMerchantContractRequest {
  'merchantId'?: (string);
  'contract'?: (_ecticket_account_v1_Contract | null);
  'storeWebsiteUrl'?: (string);
}

export interface UpdateMerchantContractRequest__Output {
  'merchantId': (string);
  'contract': (_ecticket_account_v1_Contract__Output | null);
  'storeWebsiteUrl': (string);
}
