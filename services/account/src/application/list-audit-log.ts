import { findPage, type Page, type PageRequest } from '@ecticket/platform';
import type { Actor } from '../domain/actor';
import type { AuditEntry } from '../domain/change';
import { auditLog } from '../infrastructure/collections';
import { authorize } from './authorize';
import type { AccountDeps } from './ports';

/**
 * Newest first. Readable by the owner, sub-accounts with `accounts` and operators; a branch-bound
 * reader sees what its own branch did (R22.2).
 */
export async function listAuditLog(deps: AccountDeps, actor: Actor, input: { readonly merchantId: string; readonly page: PageRequest }): Promise<Page<AuditEntry>> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'accounts', mutating: false });
  const filter = { merchantId: grant.merchantId, ...(grant.branchScope === null ? {} : { 'actor.branch.id': grant.branchScope }) };
  return findPage(deps.store.collection(auditLog), filter, input.page, 'newest_first');
}
