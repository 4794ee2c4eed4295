import { conflict, newId, notFound } from '@ecticket/platform';
import type { Actor } from '../domain/actor';
import { auditActorOf, relationChange } from '../domain/change';
import { newRelation } from '../domain/joint-ticket';
import { jointRelations, merchants } from '../infrastructure/collections';
import { commit } from './commit';
import { insertNew, withUniqueness } from './persistence';
import { authorize } from './authorize';
import type { AccountDeps } from './ports';
import type { RedeemableStoreView } from './redeemable-store-views';

export interface CreateRedeemableStoreInput {
  /** The issuer. */
  readonly merchantId: string;
  readonly storeMerchantId: string;
  /** Products of the issuer's catalogue (kept by the issuance service; only their ids are checked here). */
  readonly productIds: readonly string[];
}

/** R18: the issuer lets another merchant redeem the listed products; one linked relation per pair. */
export async function createRedeemableStore(deps: AccountDeps, actor: Actor, input: CreateRedeemableStoreInput): Promise<RedeemableStoreView> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'settings', mutating: true, headOfficeOnly: true });
  const relation = newRelation({
    id: newId(),
    issuerMerchantId: grant.merchantId,
    storeMerchantId: input.storeMerchantId,
    productIds: input.productIds,
    now: deps.clock.now(),
  });
  const store = await deps.store.collection(merchants).get(relation.storeMerchantId);
  if (!store) throw notFound('STORE_NOT_FOUND', 'No merchant with this id to make a redeemable store.');
  await withUniqueness(
    commit(deps, auditActorOf(actor), [insertNew(jointRelations, relation)], [relationChange('relation.linked', null, relation)]),
    () => conflict('RELATION_EXISTS', 'This store is already a redeemable store of this merchant; unlink it first to change its products.'),
  );
  return { relation, storeName: store.name };
}
