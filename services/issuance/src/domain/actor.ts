import { permissionDenied } from '@ecticket/platform';

export interface BranchRef {
  readonly id: string;
  readonly name: string;
  readonly code: string;
}

/** A merchant's staff member as the account service vouched for them on this call. */
export interface Operator {
  readonly accountId: string;
  readonly name: string;
  readonly merchantId: string;
  /** null: head office (R22). */
  readonly branch: BranchRef | null;
}

export type ActorKind = 'staff' | 'buyer' | 'kiosk' | 'system';

/** Who did something, as the history keeps it: the name and branch as they were then (R21). */
export interface ActorRef {
  readonly kind: ActorKind;
  readonly accountId: string | null;
  readonly name: string;
  readonly branch: BranchRef | null;
}

export function staffActor(operator: Operator): ActorRef {
  return { kind: 'staff', accountId: operator.accountId, name: operator.name, branch: operator.branch };
}

export const systemActor: ActorRef = { kind: 'system', accountId: null, name: 'system', branch: null };
export const buyerActor: ActorRef = { kind: 'buyer', accountId: null, name: 'buyer', branch: null };

export function kioskActor(partnerId: string): ActorRef {
  return { kind: 'kiosk', accountId: null, name: partnerId, branch: null };
}

export interface HistoryEntry {
  readonly at: string;
  readonly action: string;
  readonly actor: ActorRef;
  readonly detail: string;
}

export function historyEntry(action: string, actor: ActorRef, now: Date, detail = ''): HistoryEntry {
  return { at: now.toISOString(), action, actor, detail };
}

/**
 * R22.2: a branch-bound sub-account reaches only what its branch operated (`null`: head office's);
 * head office reaches everything.
 */
export function assertWithinBranch(operator: Operator, branchId: string | null): void {
  if (operator.branch !== null && operator.branch.id !== branchId) {
    throw permissionDenied('OUTSIDE_BRANCH', "This belongs to another branch than the account's own (R22.2).");
  }
}
