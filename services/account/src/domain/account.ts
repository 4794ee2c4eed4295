import { failedPrecondition } from '@ecticket/platform';
import { permissionNodes, type PermissionNode } from './permissions';
import { requirePattern, requireText } from './validation';

/** Platform staff, a merchant's main account (head office, every permission), or a staff sub-account. */
export type Role = 'operator' | 'owner' | 'sub_account';
export type AccountStatus = 'active' | 'deleted';

/** Every login: operators, owners and sub-accounts (R12). */
export interface Account {
  readonly id: string;
  readonly role: Role;
  /** null for operators. */
  readonly merchantId: string | null;
  readonly username: string;
  /** Unique: the tenant and the username, case-folded. Deleted sub-accounts keep theirs (see deleteSubAccount). */
  readonly loginKey: string;
  readonly displayName: string;
  readonly passwordHash: string;
  /** Bumped by every change that must end the account's open sessions; access tokens carry it. */
  readonly credentialsVersion: number;
  /** A sub-account's own nodes (R13); empty for owners and operators, who hold every node. */
  readonly permissions: readonly PermissionNode[];
  /** null: head office (R22). Only sub-accounts are bound to a branch (R20). */
  readonly branchId: string | null;
  readonly status: AccountStatus;
  readonly createdAt: string;
  readonly deletedAt: string | null;
}

/**
 * Operators and each merchant have their own username space. Usernames hold no ":", so the key
 * cannot be forged from another space whatever merchant id a login names.
 */
export function loginKeyOf(merchantId: string | null, username: string): string {
  const name = username.trim().toLowerCase();
  return merchantId === null ? `operator:${name}` : `merchant:${merchantId}:${name}`;
}

export function validUsername(username: string): string {
  return requirePattern(username.trim(), 'username', /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/, '3–64 letters, digits, ".", "-" or "_"');
}

export function effectivePermissions(account: Pick<Account, 'role' | 'permissions'>): readonly PermissionNode[] {
  return account.role === 'sub_account' ? account.permissions : permissionNodes;
}

interface NewAccountBase {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly now: Date;
}

function newAccount(role: Role, merchantId: string | null, input: NewAccountBase): Account {
  const username = validUsername(input.username);
  return {
    id: input.id,
    role,
    merchantId,
    username,
    loginKey: loginKeyOf(merchantId, username),
    displayName: requireText(input.displayName, 'displayName', 1, 100),
    passwordHash: input.passwordHash,
    credentialsVersion: 1,
    permissions: [],
    branchId: null,
    status: 'active',
    createdAt: input.now.toISOString(),
    deletedAt: null,
  };
}

export function newOperator(input: NewAccountBase): Account {
  return newAccount('operator', null, input);
}

export function newOwner(merchantId: string, input: NewAccountBase): Account {
  return newAccount('owner', merchantId, input);
}

export interface NewSubAccount extends NewAccountBase {
  readonly merchantId: string;
  readonly permissions: readonly PermissionNode[];
  readonly branchId: string | null;
}

/** R12: a staff login with a name, a password and its permission nodes (R13), optionally bound to a branch (R20). */
export function newSubAccount(input: NewSubAccount): Account {
  return { ...newAccount('sub_account', input.merchantId, input), permissions: input.permissions, branchId: input.branchId };
}

/** R14: a new password ends every session opened with the old one. */
export function withPassword(account: Account, passwordHash: string): Account {
  assertNotDeleted(account);
  return { ...account, passwordHash, credentialsVersion: account.credentialsVersion + 1 };
}

/** R14. Sessions stay open: every check reads the nodes afresh. */
export function withPermissions(account: Account, permissions: readonly PermissionNode[]): Account {
  assertNotDeleted(account);
  return { ...account, permissions };
}

/**
 * R20: at most one branch, or none (head office). Sessions end, so a token's branch claim is
 * never stale.
 */
export function boundToBranch(account: Account, branchId: string | null): Account {
  assertNotDeleted(account);
  if (account.branchId === branchId) {
    throw failedPrecondition('ALREADY_BOUND', branchId ? 'The sub-account is already bound to this branch.' : 'The sub-account is already head office.');
  }
  return { ...account, branchId, credentialsVersion: account.credentialsVersion + 1 };
}

/**
 * R14: a soft delete. The account stays in the "deleted accounts" list with its name and keeps its
 * username, so a name in the history always means one person.
 */
export function deletedSubAccount(account: Account, now: Date): Account {
  assertNotDeleted(account);
  return { ...account, status: 'deleted', deletedAt: now.toISOString(), credentialsVersion: account.credentialsVersion + 1 };
}

function assertNotDeleted(account: Account): void {
  if (account.status === 'deleted') throw failedPrecondition('SUB_ACCOUNT_DELETED', 'The sub-account has been deleted.');
}
