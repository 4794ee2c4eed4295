import { findPage, type Page, type PageRequest } from '@ecticket/platform';
import type { Actor } from '../domain/actor';
import { jointRelations } from '../infrastructure/collections';
import { authorize } from './authorize';
import type { AccountDeps } from './ports';
import { jointIssuerViews, type JointIssuerView } from './redeemable-store-views';

/** R19: the merchants that made this merchant their redeemable store, with the products opened to it. */
export async function listJointIssuers(
  deps: AccountDeps,
  actor: Actor,
  input: { readonly merchantId: string; readonly page: PageRequest },
): Promise<Page<JointIssuerView>> {
  const grant = await authorize(deps, actor, input.merchantId, { mutating: false });
  const page = await findPage(deps.store.collection(jointRelations), { storeMerchantId: grant.merchantId, status: 'linked' }, input.page);
  return { items: await jointIssuerViews(deps, page.items), nextCursor: page.nextCursor };
}
