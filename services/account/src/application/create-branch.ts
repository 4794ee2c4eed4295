import { conflict, newId } from '@ecticket/platform';
import type { Actor } from '../domain/actor';
import { newBranch, type Branch } from '../domain/branch';
import { auditActorOf, branchChange } from '../domain/change';
import { branches } from '../infrastructure/collections';
import { commit } from './commit';
import { insertNew, withUniqueness } from './persistence';
import { authorize } from './authorize';
import type { AccountDeps } from './ports';

export interface CreateBranchInput {
  readonly merchantId: string;
  readonly name: string;
  readonly code: string;
  readonly address: string;
}

/** R20: branch management is head office's, with the `accounts` node. */
export async function createBranch(deps: AccountDeps, actor: Actor, input: CreateBranchInput): Promise<Branch> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'accounts', mutating: true, headOfficeOnly: true });
  const branch = newBranch({ id: newId(), merchantId: grant.merchantId, name: input.name, code: input.code, address: input.address, now: deps.clock.now() });
  await withUniqueness(commit(deps, auditActorOf(actor), [insertNew(branches, branch)], [branchChange('branch.created', null, branch)]), () =>
    conflict('BRANCH_CODE_TAKEN', 'This merchant already has a branch with this code.', { code: branch.code }),
  );
  return branch;
}
