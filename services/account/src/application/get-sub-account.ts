import type { Actor } from '../domain/actor';
import { authorize } from './authorize';
import { subAccountInReach } from './lookups';
import type { AccountDeps } from './ports';
import { subAccountView, type SubAccountView } from './sub-account-views';

export async function getSubAccount(
  deps: AccountDeps,
  actor: Actor,
  input: { readonly merchantId: string; readonly subAccountId: string },
): Promise<SubAccountView> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'accounts', mutating: false });
  return subAccountView(deps, await subAccountInReach(deps, grant, input.subAccountId));
}
