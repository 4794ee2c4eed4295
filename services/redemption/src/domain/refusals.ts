import { conflict, failedPrecondition, notFound, permissionDenied } from '@ecticket/platform';
import type { CurrentUse, TicketUsage, UseKind } from './ticket';

/** The stable refusals of this service's rules, in one place. */

/** Also the answer for another merchant's ticket, so ticket existence does not leak (R18). */
export function ticketNotFound() {
  return notFound('TICKET_NOT_FOUND', 'No ticket has this code.');
}

export function notYetUsable(usage: TicketUsage) {
  return failedPrecondition('TICKET_NOT_YET_USABLE', 'The ticket is not usable yet.', { usableFrom: usage.usableFrom });
}

export function expired(usage: TicketUsage) {
  return failedPrecondition('TICKET_EXPIRED', 'The ticket has expired.', { expiresAt: usage.expiresAt });
}

/** When and where (R28): staff can tell the holder at once. */
export function alreadyRedeemed(use: CurrentUse | null) {
  return conflict('TICKET_ALREADY_REDEEMED', 'The ticket has already been redeemed.', {
    redeemedAt: use?.at ?? null,
    branchName: use?.branchName ?? null,
    branchCode: use?.branchCode ?? null,
  });
}

export function returned(use: CurrentUse | null) {
  return conflict('TICKET_RETURNED', 'The ticket has been returned.', { returnedAt: use?.at ?? null });
}

export function branchNotAllowed(branchId: string, use: 'redemption' | 'return') {
  return permissionDenied('BRANCH_NOT_ALLOWED', `This product's ${use} is limited to other branches (R31).`, { branchId });
}

export function notARedeemableStore() {
  return permissionDenied('NOT_A_REDEEMABLE_STORE', 'Your store may not redeem this product (R18).');
}

export function outsideBranch() {
  return permissionDenied('OUTSIDE_BRANCH', "This belongs to another branch than the account's own.");
}

export function cancelNotAllowedForGiftVoucher() {
  return failedPrecondition('CANCEL_NOT_ALLOWED_FOR_GIFT_VOUCHER', 'Only pickup vouchers can have a redemption or return cancelled (R30).');
}

const recordCodePrefix: Readonly<Record<UseKind, string>> = { redemption: 'REDEMPTION', return: 'RETURN' };

export function recordNotFound(kind: UseKind) {
  return notFound(`${recordCodePrefix[kind]}_NOT_FOUND`, `No such ${kind}.`);
}

export function alreadyCancelled(kind: UseKind) {
  return conflict(`${recordCodePrefix[kind]}_ALREADY_CANCELLED`, `The ${kind} has already been cancelled.`);
}

/** R30: the ticket's redemption or return is being cancelled; settlement's answer decides, shortly, what the ticket is. */
export function cancellationInProgress(usage: TicketUsage) {
  return conflict('CANCELLATION_IN_PROGRESS', "The ticket's redemption or return is being cancelled; try again shortly.", {
    requestedAt: usage.pendingCancellation?.at ?? null,
  });
}
