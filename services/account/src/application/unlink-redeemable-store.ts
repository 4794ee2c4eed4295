import type { Actor } from '../domain/actor';
import { auditActorOf, relationChange } from '../domain/change';
import { unlinkRelation } from '../domain/joint-ticket';
import { jointRelations } from '../infrastructure/collections';
import { commit } from './commit';
import { relationOfIssuer } from './lookups';
import { replaceExisting } from './persistence';
import { authorize } from './authorize';
import type { AccountDeps } from './ports';
import { redeemableStoreViews, type RedeemableStoreView } from './redeemable-store-views';

/** R18: "unlinked" ends the cooperation; the store no longer redeems the issuer's products. */
export async function unlinkRedeemableStore(
  deps: AccountDeps,
  actor: Actor,
  input: { readonly merchantId: string; readonly relationId: string },
): Promise<RedeemableStoreView> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'settings', mutating: true, headOfficeOnly: true });
  const before = await relationOfIssuer(deps, grant.merchantId, input.relationId);
  const after = unlinkRelation(before, deps.clock.now());
  await commit(deps, auditActorOf(actor), [replaceExisting(jointRelations, before, after)], [relationChange('relation.unlinked', before, after)]);
  const [view] = await redeemableStoreViews(deps, [after]);
  return view ?? { relation: after, storeName: '' };
}
