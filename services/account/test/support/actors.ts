import type { Actor } from '../../src/domain/actor';
import type { Branch } from '../../src/domain/branch';
import { permissionNodes, type PermissionNode } from '../../src/domain/permissions';

export const now = new Date('2026-03-01T09:00:00.000Z');

export function branch(overrides: Partial<Branch> = {}): Branch {
  return {
    id: 'branch-1',
    merchantId: 'merchant-a',
    name: 'Taipei Main',
    code: 'TPE01',
    address: '',
    status: 'enabled',
    createdAt: now.toISOString(),
    ...overrides,
  };
}

export function operator(): Actor {
  return { accountId: 'op-1', role: 'operator', merchantId: null, name: 'operator', permissions: permissionNodes, branch: null };
}

export function owner(merchantId = 'merchant-a'): Actor {
  return { accountId: 'owner-a', role: 'owner', merchantId, name: 'owner', permissions: permissionNodes, branch: null };
}

export function subAccount(permissions: readonly PermissionNode[], options: { branch?: Branch | null; merchantId?: string } = {}): Actor {
  return {
    accountId: 'sub-1',
    role: 'sub_account',
    merchantId: options.merchantId ?? 'merchant-a',
    name: 'Clerk',
    permissions,
    branch: options.branch ?? null,
  };
}
