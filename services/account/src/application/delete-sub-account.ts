import { assertMayManage } from '../domain/access';
import { deletedSubAccount } from '../domain/account';
import type { Actor } from '../domain/actor';
import { authorize } from './authorize';
import { subAccountInReach } from './lookups';
import type { AccountDeps } from './ports';
import { saveSubAccount, type SubAccountView } from './sub-account-views';

/** R14: a soft delete; the account moves to the "deleted accounts" list and its sessions end. */
export async function deleteSubAccount(
  deps: AccountDeps,
  actor: Actor,
  input: { readonly merchantId: string; readonly subAccountId: string },
): Promise<SubAccountView> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'accounts', mutating: true });
  const before = await subAccountInReach(deps, grant, input.subAccountId);
  assertMayManage(actor, before, 'delete');
  return saveSubAccount(deps, actor, 'sub_account.deleted', before, deletedSubAccount(before, deps.clock.now()));
}
