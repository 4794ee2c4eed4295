import { outsideBranch, branchNotAllowed, recordNotFound } from './refusals';
import type { UseRecord } from './records';
import type { Staff } from './staff';
import type { TicketUsage, UseKind } from './ticket';

export function isIssuer(staff: Staff, usage: TicketUsage): boolean {
  return staff.merchantId === usage.ticket.issuerMerchantId;
}

/**
 * R22.3, R22.4, R31: a branch-bound account of the issuer uses a product only at a branch on the
 * product's list, when it has one. Head office ignores the lists (R22); the lists name the
 * issuer's branches, so they do not bind a redeemable store's staff.
 */
export function assertBranchAllowed(usage: TicketUsage, staff: Staff, use: UseKind): void {
  const allowed = use === 'redemption' ? usage.redemptionBranchIds : usage.returnBranchIds;
  if (staff.branch === null || !isIssuer(staff, usage) || allowed.length === 0) return;
  if (!allowed.includes(staff.branch.id)) throw branchNotAllowed(staff.branch.id, use);
}

/** A record its merchant's staff may act on: of their merchant and, for a branch-bound account, of their branch (R22.2). */
export function assertRecordInReach(record: UseRecord, staff: Staff): void {
  if (record.merchantId !== staff.merchantId) throw recordNotFound(record.kind);
  if (staff.branch !== null && record.operator.branchId !== staff.branch.id) throw outsideBranch();
}

/**
 * R22.2: the branch whose records a list shows; null: every branch of the merchant (head office,
 * no branch asked for). A branch-bound account sees its own branch's only.
 */
export function visibleBranchOf(staff: Staff, requestedBranchId: string): string | null {
  if (staff.branch === null) return requestedBranchId === '' ? null : requestedBranchId;
  if (requestedBranchId !== '' && requestedBranchId !== staff.branch.id) throw outsideBranch();
  return staff.branch.id;
}
