import { AppError, notFound, type CollectionSpec, type StoredDocument } from '@ecticket/platform';
import type { Account } from '../domain/account';
import { assertWithinBranch, merchantNotFound, type MerchantGrant } from '../domain/access';
import type { Branch } from '../domain/branch';
import type { JointRelation } from '../domain/joint-ticket';
import type { Merchant } from '../domain/merchant';
import { accounts, branches, jointRelations, merchants, type Stored } from '../infrastructure/collections';
import type { AccountDeps } from './ports';

/*
 * Loading an object of a merchant always names the merchant: an object of another merchant is
 * reported as not found, exactly like a missing one, so ids reveal nothing across tenants.
 */

export async function merchantById(deps: AccountDeps, merchantId: string): Promise<Stored<Merchant>> {
  const merchant = await deps.store.collection(merchants).get(merchantId);
  if (!merchant) throw merchantNotFound();
  return merchant;
}

/** The branch an account is bound to, or null for head office. */
export async function branchOfAccount(deps: AccountDeps, account: Account): Promise<Branch | null> {
  if (account.branchId === null) return null;
  const branch = await deps.store.collection(branches).get(account.branchId);
  // Failing closed: reading a missing branch as "head office" would widen the account's reach.
  if (!branch) throw new AppError('internal', 'BRANCH_MISSING', `Account ${account.id} is bound to a missing branch.`);
  return branch;
}

export async function branchOfMerchant(deps: AccountDeps, merchantId: string, branchId: string): Promise<Stored<Branch>> {
  const branch = await deps.store.collection(branches).findOne({ id: branchId, merchantId });
  if (!branch) throw notFound('BRANCH_NOT_FOUND', 'No such branch.');
  return branch;
}

/** A sub-account the grant reaches: of its merchant and, for a branch-bound caller, of its branch (R22.2). */
export async function subAccountInReach(deps: AccountDeps, grant: MerchantGrant, subAccountId: string): Promise<Stored<Account>> {
  const account = await deps.store.collection(accounts).findOne({ id: subAccountId, merchantId: grant.merchantId, role: 'sub_account' });
  if (!account) throw notFound('SUB_ACCOUNT_NOT_FOUND', 'No such sub-account.');
  assertWithinBranch(grant, account.branchId);
  return account;
}

export async function relationOfIssuer(deps: AccountDeps, issuerMerchantId: string, relationId: string): Promise<Stored<JointRelation>> {
  const relation = await deps.store.collection(jointRelations).findOne({ id: relationId, issuerMerchantId });
  if (!relation) throw notFound('RELATION_NOT_FOUND', 'No such redeemable-store relation.');
  return relation;
}

export async function branchesByIds(deps: AccountDeps, ids: readonly (string | null)[]): Promise<ReadonlyMap<string, Branch>> {
  return byId(await findByIds(deps, branches, ids));
}

export async function merchantsByIds(deps: AccountDeps, ids: readonly string[]): Promise<ReadonlyMap<string, Merchant>> {
  return byId(await findByIds(deps, merchants, ids));
}

async function findByIds<T extends StoredDocument>(deps: AccountDeps, collection: CollectionSpec<T>, ids: readonly (string | null)[]): Promise<T[]> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return [];
  return deps.store.collection(collection).find({ id: { $in: wanted } });
}

function byId<T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
