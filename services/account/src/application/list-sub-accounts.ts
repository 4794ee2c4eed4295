import { findPage, type Page, type PageRequest } from '@ecticket/platform';
import { assertWithinBranch } from '../domain/access';
import type { Actor } from '../domain/actor';
import { accounts } from '../infrastructure/collections';
import { branchOfMerchant } from './lookups';
import { authorize } from './authorize';
import type { AccountDeps } from './ports';
import { subAccountViews, type SubAccountView } from './sub-account-views';

export interface ListSubAccountsInput {
  readonly merchantId: string;
  /** true: the "deleted accounts" list (R14). */
  readonly deleted: boolean;
  /** Set: the sub-accounts of this branch (R24); a branch-bound reader always gets its own branch's. */
  readonly branchId: string;
  readonly page: PageRequest;
}

export async function listSubAccounts(deps: AccountDeps, actor: Actor, input: ListSubAccountsInput): Promise<Page<SubAccountView>> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'accounts', mutating: false });
  const branchId = input.branchId || grant.branchScope;
  assertWithinBranch(grant, branchId);
  if (branchId !== null) await branchOfMerchant(deps, grant.merchantId, branchId);
  const filter = {
    merchantId: grant.merchantId,
    role: 'sub_account',
    status: input.deleted ? 'deleted' : 'active',
    ...(branchId === null ? {} : { branchId }),
  };
  const page = await findPage(deps.store.collection(accounts), filter, input.page);
  return { items: await subAccountViews(deps, page.items), nextCursor: page.nextCursor };
}
