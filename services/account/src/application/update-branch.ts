import type { Actor } from '../domain/actor';
import { editBranch, type Branch } from '../domain/branch';
import { authorize } from './authorize';
import { branchOfMerchant } from './lookups';
import type { AccountDeps } from './ports';
import { saveBranch } from './save-branch';

export interface UpdateBranchInput {
  readonly merchantId: string;
  readonly branchId: string;
  readonly name?: string | undefined;
  readonly address?: string | undefined;
}

export async function updateBranch(deps: AccountDeps, actor: Actor, input: UpdateBranchInput): Promise<Branch> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'accounts', mutating: true, headOfficeOnly: true });
  const before = await branchOfMerchant(deps, grant.merchantId, input.branchId);
  return saveBranch(deps, actor, 'branch.updated', before, editBranch(before, input));
}
