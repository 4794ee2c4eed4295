import type { Branch } from '../domain/branch';
import { branchOfMerchant } from './lookups';
import type { AccountDeps } from './ports';

/** For reports and records of other services: a branch's name and code (R21, R22.1). */
export async function resolveBranch(deps: AccountDeps, input: { readonly merchantId: string; readonly branchId: string }): Promise<Branch> {
  return branchOfMerchant(deps, input.merchantId, input.branchId);
}
