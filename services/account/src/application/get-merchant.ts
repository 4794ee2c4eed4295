import type { Actor } from '../domain/actor';
import { contractVisibleTo, type Merchant } from '../domain/merchant';
import { authorize } from './authorize';
import { merchantById } from './lookups';
import type { AccountDeps } from './ports';

/** A merchant as one reader may see it: without the contract for a branch-bound sub-account (R22.5). */
export interface MerchantView {
  readonly merchant: Merchant;
  readonly contractVisible: boolean;
}

export async function getMerchant(deps: AccountDeps, actor: Actor, input: { readonly merchantId: string }): Promise<MerchantView> {
  const grant = await authorize(deps, actor, input.merchantId, { mutating: false });
  return { merchant: await merchantById(deps, grant.merchantId), contractVisible: contractVisibleTo(actor) };
}
