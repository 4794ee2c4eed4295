import { findPage, type Page, type PageRequest } from '@ecticket/platform';
import type { Actor } from '../domain/actor';
import type { Branch } from '../domain/branch';
import { branches } from '../infrastructure/collections';
import { authorize } from './authorize';
import type { AccountDeps } from './ports';

/** Every branch, enabled or disabled; a branch-bound reader sees its own only (R22.2). */
export async function listBranches(deps: AccountDeps, actor: Actor, input: { readonly merchantId: string; readonly page: PageRequest }): Promise<Page<Branch>> {
  const grant = await authorize(deps, actor, input.merchantId, { mutating: false });
  const filter = { merchantId: grant.merchantId, ...(grant.branchScope === null ? {} : { id: grant.branchScope }) };
  return findPage(deps.store.collection(branches), filter, input.page);
}
