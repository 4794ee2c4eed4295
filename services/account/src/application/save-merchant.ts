import type { Actor } from '../domain/actor';
import { auditActorOf, merchantChange, type ChangeAction } from '../domain/change';
import { contractVisibleTo, type Merchant } from '../domain/merchant';
import { merchants, type Stored } from '../infrastructure/collections';
import { commit } from './commit';
import type { MerchantView } from './get-merchant';
import { replaceExisting } from './persistence';
import type { AccountDeps } from './ports';

export async function saveMerchant(deps: AccountDeps, actor: Actor, action: ChangeAction, before: Stored<Merchant>, after: Merchant): Promise<MerchantView> {
  await commit(deps, auditActorOf(actor), [replaceExisting(merchants, before, after)], [merchantChange(action, before, after)]);
  return { merchant: after, contractVisible: contractVisibleTo(actor) };
}
