import { MAX_PAGE_LIMIT } from '@ecticket/platform';
import { assertWithinBranch } from '../domain/access';
import { holds, type Actor } from '../domain/actor';
import type { Branch } from '../domain/branch';
import { accounts } from '../infrastructure/collections';
import { branchOfMerchant } from './lookups';
import { authorize } from './authorize';
import type { AccountDeps } from './ports';
import type { SubAccountView } from './sub-account-views';

/** A branch with its sub-accounts (R24: which sub-accounts a branch has). */
export interface BranchDetail {
  readonly branch: Branch;
  /** Only for readers holding `accounts`, as in ListSubAccounts; the first MAX_PAGE_LIMIT, ListSubAccounts pages further. */
  readonly subAccounts: readonly SubAccountView[];
}

export async function getBranch(
  deps: AccountDeps,
  actor: Actor,
  input: { readonly merchantId: string; readonly branchId: string },
): Promise<BranchDetail> {
  const grant = await authorize(deps, actor, input.merchantId, { mutating: false });
  const branch = await branchOfMerchant(deps, grant.merchantId, input.branchId);
  assertWithinBranch(grant, branch.id);
  if (!holds(actor, 'accounts')) return { branch, subAccounts: [] };
  const members = await deps.store
    .collection(accounts)
    .find({ merchantId: grant.merchantId, branchId: branch.id, status: 'active' }, { sort: { sortKey: 1 }, limit: MAX_PAGE_LIMIT });
  return { branch, subAccounts: members.map((account) => ({ account, branch })) };
}
