import { conflict, newId } from '@ecticket/platform';
import { assertMayGrant, assertWithinBranch } from '../domain/access';
import { newSubAccount } from '../domain/account';
import type { Actor } from '../domain/actor';
import { assertBindable } from '../domain/branch';
import { accountChange, auditActorOf } from '../domain/change';
import { assertPasswordPolicy } from '../domain/password-policy';
import { parsePermissions } from '../domain/permissions';
import { accounts } from '../infrastructure/collections';
import { commit } from './commit';
import { branchOfMerchant } from './lookups';
import { insertNew, withUniqueness } from './persistence';
import { authorize } from './authorize';
import type { AccountDeps } from './ports';
import type { SubAccountView } from './sub-account-views';

export interface CreateSubAccountInput {
  readonly merchantId: string;
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly permissions: readonly string[];
  /** Empty: head office; for a branch-bound manager, its own branch. */
  readonly branchId: string;
}

/** R12–R13, R20: a staff login with its permission nodes, optionally bound to one branch. */
export async function createSubAccount(deps: AccountDeps, actor: Actor, input: CreateSubAccountInput): Promise<SubAccountView> {
  const grant = await authorize(deps, actor, input.merchantId, { permission: 'accounts', mutating: true });
  const permissions = parsePermissions(input.permissions);
  assertMayGrant(actor, permissions);
  assertPasswordPolicy(input.password);
  const branchId = input.branchId || grant.branchScope;
  assertWithinBranch(grant, branchId);
  const branch = branchId === null ? null : await branchOfMerchant(deps, grant.merchantId, branchId);
  if (branch) assertBindable(branch);

  const account = newSubAccount({
    id: newId(),
    merchantId: grant.merchantId,
    username: input.username,
    displayName: input.displayName,
    passwordHash: await deps.passwords.hash(input.password),
    permissions,
    branchId,
    now: deps.clock.now(),
  });
  await withUniqueness(commit(deps, auditActorOf(actor), [insertNew(accounts, account)], [accountChange('sub_account.created', null, account)]), () =>
    conflict('USERNAME_TAKEN', 'This merchant already has an account with this username (deleted ones keep theirs).'),
  );
  return { account, branch };
}
