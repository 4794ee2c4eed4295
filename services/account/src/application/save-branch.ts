import type { Actor } from '../domain/actor';
import type { Branch } from '../domain/branch';
import { auditActorOf, branchChange, type ChangeAction } from '../domain/change';
import { branches, type Stored } from '../infrastructure/collections';
import { commit } from './commit';
import { replaceExisting } from './persistence';
import type { AccountDeps } from './ports';

export async function saveBranch(deps: AccountDeps, actor: Actor, action: ChangeAction, before: Stored<Branch>, after: Branch): Promise<Branch> {
  await commit(deps, auditActorOf(actor), [replaceExisting(branches, before, after)], [branchChange(action, before, after)]);
  return after;
}
