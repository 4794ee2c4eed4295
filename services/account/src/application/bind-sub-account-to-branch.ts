import { assertMayManage, assertWithinBranch } from '../domain/access';
import { boundToBranch } from '../domain/account';
import type { Actor } from '../domain/actor';
import { assertBindable } from '../domain/branch';
import { authorize } from './authorize';
import { branchOfMerchant, subAccountInReach } from './lookups';
import type { AccountDeps } from './ports';
import { saveSubAccount, type SubAccountView } from './sub-account-views';

export interface BindInput {
  readonly merchantId: string;
  readonly subAccountId: string;
  /** Empty: unbind (head office). */
  readonly branchId: string;
}

/** R20: binds a sub-account to one branch, or unbinds it; its sessions end so no token names the old branch. */
export async function bindSubAccountToBranch(deps: AccountDeps, actor: Actor, input: BindInput): Promise<SubAccountView> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'accounts', mutating: true });
  const before = await subAccountInReach(deps, grant, input.subAccountId);
  assertMayManage(actor, before, 'branch');
  const branchId = input.branchId || null;
  assertWithinBranch(grant, branchId);
  if (branchId !== null) assertBindable(await branchOfMerchant(deps, grant.merchantId, branchId));
  return saveSubAccount(deps, actor, 'sub_account.branch_changed', before, boundToBranch(before, branchId));
}
