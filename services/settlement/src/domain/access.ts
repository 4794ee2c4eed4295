import { invalidArgument, notFound, permissionDenied } from '@ecticket/platform';

/** The person behind a report call, as the account service vouches for them (holding `reports`). */
export interface Viewer {
  /** null for platform operators. */
  readonly merchantId: string | null;
  /** null: head office (R22). */
  readonly branchId: string | null;
}

/**
 * Merchant-wide money (balances, ledger, payouts, reconciliation): head office only, since a
 * branch-bound sub-account sees only its branch's ticket data (R22.2) and no contract information
 * (R22.5), which payout due dates derive from.
 */
export function financeMerchantOf(viewer: Viewer, requestedMerchantId: string): string {
  const merchantId = merchantOfCall(viewer, requestedMerchantId);
  if (viewer.branchId !== null) throw permissionDenied('HEAD_OFFICE_ONLY', "Only head office sees the merchant's money and contract terms (R22).");
  return merchantId;
}

export interface ReportScope {
  readonly merchantId: string;
  /** Only this branch's records; null: every branch. */
  readonly branchId: string | null;
}

/** R21, R22.2: reports filter by branch; a branch-bound sub-account only ever sees its own. */
export function reportScopeOf(viewer: Viewer, requestedMerchantId: string, requestedBranchId: string): ReportScope {
  const merchantId = merchantOfCall(viewer, requestedMerchantId);
  if (viewer.branchId === null) return { merchantId, branchId: requestedBranchId === '' ? null : requestedBranchId };
  if (requestedBranchId !== '' && requestedBranchId !== viewer.branchId) {
    throw permissionDenied('OUTSIDE_BRANCH', "This belongs to another branch than the account's own.");
  }
  return { merchantId, branchId: viewer.branchId };
}

/** Merchant users act on their own merchant (another's answers not found); operators name one. */
function merchantOfCall(viewer: Viewer, requested: string): string {
  if (viewer.merchantId === null) {
    if (requested === '') throw invalidArgument('MERCHANT_ID_REQUIRED', 'Platform operators must name the merchant.');
    return requested;
  }
  if (requested !== '' && requested !== viewer.merchantId) throw notFound('MERCHANT_NOT_FOUND', 'No such merchant.');
  return viewer.merchantId;
}
