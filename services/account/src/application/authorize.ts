import { authorizeMerchant, type AccessRule, type MerchantGrant } from '../domain/access';
import type { Actor } from '../domain/actor';
import { merchantById } from './lookups';
import type { AccountDeps } from './ports';

/**
 * The access check of every merchant-scoped use case (the rules are in domain/access.ts). A
 * merchant user's own merchant exists; one an operator names is checked, so nothing is ever
 * created under a merchant that does not exist.
 */
export async function authorize(deps: AccountDeps, actor: Actor, requestedMerchantId: string, rule: AccessRule): Promise<MerchantGrant> {
  const grant = authorizeMerchant(actor, requestedMerchantId, rule);
  if (actor.role === 'operator') await merchantById(deps, grant.merchantId);
  return grant;
}
