import { invalidArgument, notFound, permissionDenied } from '@ecticket/platform';
import type { Account } from './account';
import { holds, type Actor } from './actor';
import { isSubsetOf, type PermissionNode } from './permissions';

/**
 * The one authorization decision every use case goes through (merchant-scoped ones by way of
 * application/authorize.ts). Refusals, by code:
 * - another merchant's objects: NOT_FOUND (`MERCHANT_NOT_FOUND`, `<OBJECT>_NOT_FOUND`), so ids leak nothing;
 * - `OPERATOR_ONLY`: platform staff only;
 * - `BRANCH_DISABLED`: a sub-account of a disabled branch may only read (R23);
 * - `PERMISSION_REQUIRED`: the permission node is missing (R13);
 * - `HEAD_OFFICE_ONLY`: merchant-wide changes are not made from a branch (R22);
 * - `OUTSIDE_BRANCH`: a branch-bound sub-account reaching another branch's data (R22.2).
 */
export interface AccessRule {
  /** The permission node the call needs; owners and operators hold every node. */
  readonly permission?: PermissionNode;
  /** The call changes something (refused to a sub-account of a disabled branch, R23). */
  readonly mutating: boolean;
  readonly operatorOnly?: boolean;
  readonly headOfficeOnly?: boolean;
}

export interface MerchantGrant {
  readonly actor: Actor;
  /** The merchant the call acts on: the actor's own, or the one an operator named. */
  readonly merchantId: string;
  /** Set for a branch-bound sub-account: it only reaches this branch's data (R22.2). */
  readonly branchScope: string | null;
}

/** Access to a merchant's data; merchant users always act on their own merchant, operators name one. */
export function authorizeMerchant(actor: Actor, requestedMerchantId: string, rule: AccessRule): MerchantGrant {
  if (rule.operatorOnly && actor.role !== 'operator') throw operatorOnly();
  const merchantId = merchantOfCall(actor, requestedMerchantId);
  assertRule(actor, rule);
  return { actor, merchantId, branchScope: actor.branch?.id ?? null };
}

/** Access that names no merchant: platform-wide operations, or checks of the actor itself. */
export function authorizeActor(actor: Actor, rule: AccessRule): void {
  if (rule.operatorOnly && actor.role !== 'operator') throw operatorOnly();
  assertRule(actor, rule);
}

function merchantOfCall(actor: Actor, requested: string): string {
  if (actor.merchantId === null) {
    if (requested === '') throw invalidArgument('MERCHANT_ID_REQUIRED', 'Platform operators must name the merchant.');
    return requested;
  }
  if (requested !== '' && requested !== actor.merchantId) throw merchantNotFound();
  return actor.merchantId;
}

function assertRule(actor: Actor, rule: AccessRule): void {
  if (rule.mutating && actor.branch?.status === 'disabled') {
    throw permissionDenied('BRANCH_DISABLED', 'The branch of this account is disabled: it can only view its data (R23).', {
      branchId: actor.branch.id,
    });
  }
  if (rule.permission && !holds(actor, rule.permission)) {
    throw permissionDenied('PERMISSION_REQUIRED', `This needs the "${rule.permission}" permission.`, { permission: rule.permission });
  }
  if (rule.headOfficeOnly && actor.branch !== null) {
    throw permissionDenied('HEAD_OFFICE_ONLY', 'Only head office (an account bound to no branch) may do this.');
  }
}

/** R22.2: a branch-bound sub-account only reaches its own branch's objects (`null` = head office). */
export function assertWithinBranch(grant: MerchantGrant, branchId: string | null): void {
  if (grant.branchScope !== null && branchId !== grant.branchScope) {
    throw permissionDenied('OUTSIDE_BRANCH', "This belongs to another branch than the account's own.");
  }
}

/**
 * Who manages a sub-account. A managing sub-account (one with `accounts`) may only grant nodes it
 * holds itself and only manage sub-accounts whose nodes it holds all of (else resetting a stronger
 * account's password would be a way up), and never changes its own nodes, branch or existence:
 * that is for the owner, an operator or another manager. Changing its own password is allowed.
 */
export function assertMayManage(actor: Actor, target: Account, change: 'password' | 'permissions' | 'branch' | 'delete'): void {
  if (target.id === actor.accountId && change !== 'password') {
    throw permissionDenied('SELF_MANAGEMENT', "A sub-account cannot change its own permissions, branch or existence.");
  }
  assertMayGrant(actor, target.permissions);
}

export function assertMayGrant(actor: Actor, permissions: readonly PermissionNode[]): void {
  if (!isSubsetOf(permissions, actor.permissions)) {
    throw permissionDenied('EXCEEDS_OWN_PERMISSIONS', 'A sub-account cannot grant or manage permission nodes it does not hold.', {
      missing: permissions.filter((node) => !actor.permissions.includes(node)),
    });
  }
}

export function merchantNotFound() {
  return notFound('MERCHANT_NOT_FOUND', 'No such merchant.');
}

function operatorOnly() {
  return permissionDenied('OPERATOR_ONLY', 'Only platform operators may do this.');
}
