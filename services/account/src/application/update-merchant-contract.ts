import type { Actor } from '../domain/actor';
import { withContract, type Contract } from '../domain/merchant';
import type { MerchantView } from './get-merchant';
import { authorize } from './authorize';
import { merchantById } from './lookups';
import type { AccountDeps } from './ports';
import { saveMerchant } from './save-merchant';

export interface UpdateContractInput {
  readonly merchantId: string;
  readonly contract: Contract | null;
  /** Empty: unchanged. */
  readonly storeWebsiteUrl: string;
}

/** Operators only: the contract terms, and the store-website URL that only they may change (R17). */
export async function updateMerchantContract(deps: AccountDeps, actor: Actor, input: UpdateContractInput): Promise<MerchantView> {
  const grant = await authorize(deps, actor, input.merchantId, { operatorOnly: true, mutating: true });
  const before = await merchantById(deps, grant.merchantId);
  return saveMerchant(deps, actor, 'merchant.contract_changed', before, withContract(before, input.contract, input.storeWebsiteUrl));
}
