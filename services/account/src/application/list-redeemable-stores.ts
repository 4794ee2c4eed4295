import { findPage, type Page, type PageRequest } from '@ecticket/platform';
import type { Actor } from '../domain/actor';
import { jointRelations } from '../infrastructure/collections';
import { authorize } from './authorize';
import type { AccountDeps } from './ports';
import { redeemableStoreViews, type RedeemableStoreView } from './redeemable-store-views';

/** The issuer's relations, linked and unlinked (R18). */
export async function listRedeemableStores(
  deps: AccountDeps,
  actor: Actor,
  input: { readonly merchantId: string; readonly page: PageRequest },
): Promise<Page<RedeemableStoreView>> {
  const grant = await authorize(deps, actor, input.merchantId, { mutating: false });
  const page = await findPage(deps.store.collection(jointRelations), { issuerMerchantId: grant.merchantId }, input.page);
  return { items: await redeemableStoreViews(deps, page.items), nextCursor: page.nextCursor };
}
