// Original file: protos/account.proto

import type { Contract as _ecticket_account_v1_Contract, Contract__Output as _ecticket_account_v1_Contract__Output } from '../../../ecticket/account/v1/Contract';

export interface CreateMerchantRequest {
  'name'?: (string);
  'contract'?: (_ecticket_account_v1_Contract | null);
  'ownerUsername'?: (string);
  'ownerPassword'?: (string);
  'storeWebsiteUrl'?: (string);
}

export interface CreateMerchantRequest__Output {
  'name': (string);
  'contract': (_ecticket_account_v1_Contract__Output | null);
  'ownerUsername': (string);
  'ownerPassword': (string);
  'storeWebsiteUrl': (string);
}
