import { failedPrecondition } from '@ecticket/platform';
import { requirePattern, requireText } from './validation';

export type BranchStatus = 'enabled' | 'disabled';

/** A physical outlet of a merchant (R20). Never deleted, only disabled (R23). */
export interface Branch {
  readonly id: string;
  readonly merchantId: string;
  readonly name: string;
  /** Unique per merchant; shown with the name wherever a branch-bound operator is reported (R22.1). */
  readonly code: string;
  readonly address: string;
  readonly status: BranchStatus;
  readonly createdAt: string;
}

export interface NewBranch {
  readonly id: string;
  readonly merchantId: string;
  readonly name: string;
  readonly code: string;
  readonly address: string;
  readonly now: Date;
}

export function newBranch(input: NewBranch): Branch {
  return {
    id: input.id,
    merchantId: input.merchantId,
    name: branchName(input.name),
    code: requirePattern(input.code.trim(), 'code', /^[A-Za-z0-9_-]{1,32}$/, '1–32 letters, digits, "-" or "_"'),
    address: branchAddress(input.address),
    status: 'enabled',
    createdAt: input.now.toISOString(),
  };
}

export interface BranchEdit {
  readonly name?: string | undefined;
  readonly address?: string | undefined;
}

/** The code stays: reports already name the branch by it (R22.1). */
export function editBranch(branch: Branch, edit: BranchEdit): Branch {
  return {
    ...branch,
    name: edit.name === undefined ? branch.name : branchName(edit.name),
    address: edit.address === undefined ? branch.address : branchAddress(edit.address),
  };
}

/** R23: disabling is the only way a branch goes away; its sub-accounts can then only read. */
export function disableBranch(branch: Branch): Branch {
  if (branch.status === 'disabled') throw failedPrecondition('BRANCH_ALREADY_DISABLED', 'The branch is already disabled.');
  return { ...branch, status: 'disabled' };
}

export function enableBranch(branch: Branch): Branch {
  if (branch.status === 'enabled') throw failedPrecondition('BRANCH_ALREADY_ENABLED', 'The branch is already enabled.');
  return { ...branch, status: 'enabled' };
}

/** New staff are not bound to a branch that cannot work (R23). */
export function assertBindable(branch: Branch): void {
  if (branch.status === 'disabled') {
    throw failedPrecondition('TARGET_BRANCH_DISABLED', 'Sub-accounts cannot be bound to a disabled branch.', { branchId: branch.id });
  }
}

function branchName(name: string): string {
  return requireText(name, 'name', 1, 100);
}

function branchAddress(address: string): string {
  return requireText(address, 'address', 0, 200);
}
