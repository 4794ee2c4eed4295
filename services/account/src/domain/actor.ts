import { effectivePermissions, type Account, type Role } from './account';
import type { Branch } from './branch';
import type { PermissionNode } from './permissions';

/** The verified person behind a call, as the store describes them right now. */
export interface Actor {
  readonly accountId: string;
  readonly role: Role;
  /** null for operators. */
  readonly merchantId: string | null;
  readonly name: string;
  readonly permissions: readonly PermissionNode[];
  /** null: head office (R22). */
  readonly branch: Branch | null;
}

export function actorOf(account: Account, branch: Branch | null): Actor {
  return {
    accountId: account.id,
    role: account.role,
    merchantId: account.merchantId,
    name: account.displayName,
    permissions: effectivePermissions(account),
    branch,
  };
}

export function holds(actor: Actor, node: PermissionNode): boolean {
  return actor.permissions.includes(node);
}
