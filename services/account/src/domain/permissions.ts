import { invalidArgument } from '@ecticket/platform';

/** The permission nodes a sub-account can hold (R13); owners and operators hold every one. */
export const permissionNodes = [
  'issue',
  'redeem',
  'cancel_redemption',
  'return',
  'cancel_return',
  'notes',
  'reports',
  'products',
  'orders',
  'settings',
  'accounts',
] as const;

export type PermissionNode = (typeof permissionNodes)[number];

const known: ReadonlySet<string> = new Set(permissionNodes);

export function isPermissionNode(value: string): value is PermissionNode {
  return known.has(value);
}

export function parsePermission(value: string): PermissionNode {
  if (!isPermissionNode(value)) {
    throw invalidArgument('UNKNOWN_PERMISSION', `"${value}" is not a permission node.`, { permission: value, known: permissionNodes });
  }
  return value;
}

/** Validates a requested set of nodes; returns them without duplicates, in the canonical order. */
export function parsePermissions(values: readonly string[]): PermissionNode[] {
  const requested = new Set(values.map(parsePermission));
  return permissionNodes.filter((node) => requested.has(node));
}

export function isSubsetOf(nodes: readonly PermissionNode[], of: readonly PermissionNode[]): boolean {
  return nodes.every((node) => of.includes(node));
}
