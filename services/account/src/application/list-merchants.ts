import { findPage, mapPage, type Page, type PageRequest } from '@ecticket/platform';
import { authorizeActor } from '../domain/access';
import type { Actor } from '../domain/actor';
import { merchants } from '../infrastructure/collections';
import type { MerchantView } from './get-merchant';
import type { AccountDeps } from './ports';

export async function listMerchants(deps: AccountDeps, actor: Actor, page: PageRequest): Promise<Page<MerchantView>> {
  authorizeActor(actor, { operatorOnly: true, mutating: false });
  return mapPage(await findPage(deps.store.collection(merchants), {}, page), (merchant) => ({ merchant, contractVisible: true }));
}
