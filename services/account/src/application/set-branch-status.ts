import type { Actor } from '../domain/actor';
import { disableBranch as disabled, enableBranch as enabled, type Branch } from '../domain/branch';
import { authorize } from './authorize';
import { branchOfMerchant } from './lookups';
import type { AccountDeps } from './ports';
import { saveBranch } from './save-branch';

export interface BranchStatusInput {
  readonly merchantId: string;
  readonly branchId: string;
}

/** R23: the branch's sub-accounts can only read from their next request on. There is no delete. */
export async function disableBranch(deps: AccountDeps, actor: Actor, input: BranchStatusInput): Promise<Branch> {
  const before = await branchToChange(deps, actor, input);
  return saveBranch(deps, actor, 'branch.disabled', before, disabled(before));
}

export async function enableBranch(deps: AccountDeps, actor: Actor, input: BranchStatusInput): Promise<Branch> {
  const before = await branchToChange(deps, actor, input);
  return saveBranch(deps, actor, 'branch.enabled', before, enabled(before));
}

/** Head office only: a sub-account of a disabled branch must not be able to enable it again. */
async function branchToChange(deps: AccountDeps, actor: Actor, input: BranchStatusInput) {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'accounts', mutating: true, headOfficeOnly: true });
  return branchOfMerchant(deps, grant.merchantId, input.branchId);
}
