import { assertMayGrant, assertMayManage } from '../domain/access';
import { withPermissions } from '../domain/account';
import type { Actor } from '../domain/actor';
import { parsePermissions } from '../domain/permissions';
import { authorize } from './authorize';
import { subAccountInReach } from './lookups';
import type { AccountDeps } from './ports';
import { saveSubAccount, type SubAccountView } from './sub-account-views';

export interface UpdatePermissionsInput {
  readonly merchantId: string;
  readonly subAccountId: string;
  readonly permissions: readonly string[];
}

/** R13–R14: replaces the sub-account's permission nodes; they apply from its next request. */
export async function updateSubAccountPermissions(deps: AccountDeps, actor: Actor, input: UpdatePermissionsInput): Promise<SubAccountView> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'accounts', mutating: true });
  const before = await subAccountInReach(deps, grant, input.subAccountId);
  assertMayManage(actor, before, 'permissions');
  const permissions = parsePermissions(input.permissions);
  assertMayGrant(actor, permissions);
  return saveSubAccount(deps, actor, 'sub_account.permissions_changed', before, withPermissions(before, permissions));
}
