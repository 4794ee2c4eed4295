import { activeKeyOf, allowsRedemption } from '../domain/joint-ticket';
import { jointRelations } from '../infrastructure/collections';
import type { AccountDeps } from './ports';

export interface RedeemableStoreQuestion {
  readonly issuerMerchantId: string;
  readonly storeMerchantId: string;
  readonly productId: string;
}

/** For the redemption service: may this store redeem this product of that issuer (R18)? */
export async function isRedeemableStore(deps: AccountDeps, question: RedeemableStoreQuestion): Promise<boolean> {
  const relation = await deps.store
    .collection(jointRelations)
    .findOne({ activeKey: activeKeyOf(question.issuerMerchantId, question.storeMerchantId) });
  return allowsRedemption(question.issuerMerchantId, question.storeMerchantId, question.productId, relation);
}
