import type { Account } from '../domain/account';
import type { Actor } from '../domain/actor';
import type { Branch } from '../domain/branch';
import { accountChange, auditActorOf, type ChangeAction } from '../domain/change';
import { accounts, type Stored } from '../infrastructure/collections';
import { commit } from './commit';
import { branchOfAccount, branchesByIds } from './lookups';
import { replaceExisting } from './persistence';
import type { AccountDeps } from './ports';

/** A sub-account with the branch it belongs to (R24: which branch a sub-account belongs to). */
export interface SubAccountView {
  readonly account: Account;
  /** null: head office. */
  readonly branch: Branch | null;
}

export async function subAccountViews(deps: AccountDeps, list: readonly Account[]): Promise<SubAccountView[]> {
  const branchById = await branchesByIds(deps, list.map((account) => account.branchId));
  return list.map((account) => ({ account, branch: account.branchId === null ? null : (branchById.get(account.branchId) ?? null) }));
}

export async function subAccountView(deps: AccountDeps, account: Account): Promise<SubAccountView> {
  return { account, branch: await branchOfAccount(deps, account) };
}

/** Writes a changed sub-account with its audit entry and event. */
export async function saveSubAccount(
  deps: AccountDeps,
  actor: Actor,
  action: ChangeAction,
  before: Stored<Account>,
  after: Account,
): Promise<SubAccountView> {
  await commit(deps, auditActorOf(actor), [replaceExisting(accounts, before, after)], [accountChange(action, before, after)]);
  return subAccountView(deps, after);
}
