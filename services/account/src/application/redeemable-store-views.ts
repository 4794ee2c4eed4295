import type { JointRelation } from '../domain/joint-ticket';
import type { Merchant } from '../domain/merchant';
import { merchantsByIds } from './lookups';
import type { AccountDeps } from './ports';

/** A relation seen from the issuer: the store it opened products to (R18). */
export interface RedeemableStoreView {
  readonly relation: JointRelation;
  readonly storeName: string;
}

/** A relation seen from the store: the issuer with its information and the products opened to it (R19). */
export interface JointIssuerView {
  readonly relation: JointRelation;
  readonly issuer: Merchant;
}

export async function redeemableStoreViews(deps: AccountDeps, relations: readonly JointRelation[]): Promise<RedeemableStoreView[]> {
  const stores = await merchantsByIds(deps, relations.map((relation) => relation.storeMerchantId));
  return relations.map((relation) => ({ relation, storeName: stores.get(relation.storeMerchantId)?.name ?? '' }));
}

export async function jointIssuerViews(deps: AccountDeps, relations: readonly JointRelation[]): Promise<JointIssuerView[]> {
  const issuers = await merchantsByIds(deps, relations.map((relation) => relation.issuerMerchantId));
  return relations.flatMap((relation) => {
    const issuer = issuers.get(relation.issuerMerchantId);
    return issuer ? [{ relation, issuer }] : [];
  });
}
