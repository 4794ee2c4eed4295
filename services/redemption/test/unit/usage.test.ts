import type { AppError } from '@ecticket/platform';
import { completeCancellation, expire, pendingCancellationFor, redeem, refundOf, requestCancellation, returnTicket, withdrawCancellation } from '../../src/domain/usage';
import { eastBranch, giftVoucher, hoursFromNow, now, staff, usage } from '../support/domain';

function refusal(act: () => unknown): { code: string; details: unknown } {
  try {
    act();
  } catch (error) {
    const { code, details } = error as AppError;
    return { code, details };
  }
  throw new Error('expected a refusal');
}

const at = { staff: staff(), now, id: 'redemption-1' };

describe('redeeming (R28)', () => {
  it('turns an unused ticket redeemed, recording operator, branch and time (R21)', () => {
    const clerk = staff({ branch: eastBranch, name: 'East Clerk' });
    const { usage: after, redemption } = redeem(usage(), { ...at, staff: clerk });
    expect(redemption).toMatchObject({
      kind: 'redemption',
      merchantId: 'issuer',
      at: now.toISOString(),
      operator: { accountId: 'clerk-1', accountName: 'East Clerk', branchId: 'east', branchName: 'Taipei East', branchCode: 'TPE-E' },
      cancellation: null,
    });
    expect(after).toMatchObject({ state: 'redeemed', current: { kind: 'redemption', id: 'redemption-1', branchName: 'Taipei East', branchCode: 'TPE-E' } });
  });

  it('refuses before usable-from, at and after the expiry instant, and an expired ticket', () => {
    expect(refusal(() => redeem(usage({ usableFrom: hoursFromNow(1) }), at)).code).toBe('TICKET_NOT_YET_USABLE');
    expect(() => redeem(usage({ usableFrom: now.toISOString() }), at)).not.toThrow();
    expect(refusal(() => redeem(usage({ expiresAt: now.toISOString() }), at)).code).toBe('TICKET_EXPIRED');
    expect(refusal(() => redeem(usage({ state: 'expired' }), at)).code).toBe('TICKET_EXPIRED');
  });

  it('refuses a redeemed ticket saying when and where, and a returned one', () => {
    const { usage: redeemed } = redeem(usage(), { ...at, staff: staff({ branch: eastBranch }) });
    expect(refusal(() => redeem(redeemed, at))).toEqual({
      code: 'TICKET_ALREADY_REDEEMED',
      details: { redeemedAt: now.toISOString(), branchName: 'Taipei East', branchCode: 'TPE-E' },
    });
    const { usage: returned } = returnTicket(usage(), { ...at, reason: 'r' });
    expect(refusal(() => redeem(returned, at)).code).toBe('TICKET_RETURNED');
  });

  it('R22.3, R31: a branch-bound clerk of the issuer redeems only at a listed branch; head office and an empty list allow any (R22)', () => {
    const listed = usage({ redemptionBranchIds: ['west'] });
    expect(refusal(() => redeem(listed, { ...at, staff: staff({ branch: eastBranch }) }))).toEqual({ code: 'BRANCH_NOT_ALLOWED', details: { branchId: 'east' } });
    expect(() => redeem(listed, at)).not.toThrow();
    expect(() => redeem(usage(), { ...at, staff: staff({ branch: eastBranch }) })).not.toThrow();
  });

  it('R18, R31: the list names the issuer’s branches, so it does not bind a redeemable store’s clerk', () => {
    const listed = usage({ redemptionBranchIds: ['west'] });
    expect(() => redeem(listed, { ...at, staff: staff({ merchantId: 'partner', branch: eastBranch }) })).not.toThrow();
  });
});

describe('returning (R29)', () => {
  it('R11: inside the guarantee period the card is refunded; from its end on the merchant settles; gift vouchers refund nothing', () => {
    expect(refundOf(usage({ guaranteeEndsAt: hoursFromNow(1) }), now)).toBe('card');
    expect(refundOf(usage({ guaranteeEndsAt: now.toISOString() }), now)).toBe('merchant');
    expect(refundOf(usage({ guaranteeEndsAt: null }), now)).toBe('merchant');
    expect(refundOf(giftVoucher(), now)).toBe('none');
  });

  it('records the reason and refund, and turns the ticket returned', () => {
    const { usage: after, ticketReturn } = returnTicket(usage(), { ...at, id: 'return-1', reason: 'moved away' });
    expect(ticketReturn).toMatchObject({ kind: 'return', id: 'return-1', reason: 'moved away', refund: 'card' });
    expect(after).toMatchObject({ state: 'returned', current: { kind: 'return', id: 'return-1' } });
  });

  it('R22.4, R31: the return-branch list binds the issuer’s branch-bound clerks only', () => {
    const listed = usage({ returnBranchIds: ['west'], redemptionBranchIds: ['east'] });
    expect(refusal(() => returnTicket(listed, { ...at, staff: staff({ branch: eastBranch }), reason: 'r' })).code).toBe('BRANCH_NOT_ALLOWED');
    expect(() => returnTicket(listed, { ...at, reason: 'r' })).not.toThrow();
  });

  it('refuses a redeemed, returned or expired ticket; one not yet usable may be returned', () => {
    const { usage: redeemed } = redeem(usage(), at);
    expect(refusal(() => returnTicket(redeemed, { ...at, reason: 'r' })).code).toBe('TICKET_ALREADY_REDEEMED');
    expect(refusal(() => returnTicket(usage({ expiresAt: now.toISOString() }), { ...at, reason: 'r' })).code).toBe('TICKET_EXPIRED');
    expect(() => returnTicket(usage({ usableFrom: hoursFromNow(5) }), { ...at, reason: 'r' })).not.toThrow();
  });
});

describe('cancelling (R30)', () => {
  const later = new Date(now.getTime() + 60_000);
  const boss = staff({ name: 'Boss', branch: eastBranch });

  it('R30: asking keeps the cancellation pending (who, when, why: R21) and leaves the ticket redeemed', () => {
    const { usage: redeemed, redemption } = redeem(usage(), at);
    const pending = requestCancellation(redemption, redeemed, { staff: boss, now: later, reason: 'wrong ticket' });
    expect(pending).toMatchObject({ state: 'redeemed', current: { id: redemption.id } });
    expect(pending.pendingCancellation).toEqual({
      at: later.toISOString(),
      reason: 'wrong ticket',
      operator: { accountId: 'clerk-1', accountName: 'Boss', branchId: 'east', branchName: 'Taipei East', branchCode: 'TPE-E' },
    });
  });

  it('R30: completing gives the record the cancellation as asked for; the ticket is unused again', () => {
    const { usage: redeemed, redemption } = redeem(usage(), at);
    const pending = requestCancellation(redemption, redeemed, { staff: boss, now, reason: 'wrong ticket' });
    const { record, usage: after } = completeCancellation(redemption, pending, later);
    expect(record.cancellation).toEqual(pending.pendingCancellation);
    expect(after).toMatchObject({ state: 'unused', current: null, stateChangedAt: later.toISOString(), pendingCancellation: null });
  });

  it('R30: withdrawing (the bank sync came first) leaves the ticket as it was', () => {
    const { usage: returned, ticketReturn } = returnTicket(usage(), { ...at, reason: 'r' });
    const pending = requestCancellation(ticketReturn, returned, { ...at, reason: 'r' });
    expect(withdrawCancellation(pending)).toEqual(returned);
    expect(() => withdrawCancellation(returned)).toThrow();
  });

  it('R30: while a cancellation is pending, the ticket is refused CANCELLATION_IN_PROGRESS: no second cancellation, no redemption or return', () => {
    const { usage: redeemed, redemption } = redeem(usage(), at);
    const pending = requestCancellation(redemption, redeemed, { ...at, reason: 'r' });
    const inProgress = { code: 'CANCELLATION_IN_PROGRESS', details: { requestedAt: now.toISOString() } };
    expect(refusal(() => requestCancellation(redemption, pending, { ...at, reason: 'again' }))).toEqual(inProgress);
    expect(refusal(() => redeem(pending, at))).toEqual(inProgress);
    expect(refusal(() => returnTicket(pending, { ...at, reason: 'r' }))).toEqual(inProgress);
  });

  it('R30: the pending cancellation shows on the record it cancels only, and on none once completed or withdrawn', () => {
    const { usage: redeemed, redemption } = redeem(usage(), at);
    const pending = requestCancellation(redemption, redeemed, { staff: boss, now: later, reason: 'wrong ticket' });
    expect(pendingCancellationFor(pending, redemption)).toEqual(pending.pendingCancellation);
    expect(pendingCancellationFor(redeemed, redemption)).toBeNull();
    expect(pendingCancellationFor(pending, { ...redemption, id: 'an-earlier-redemption' })).toBeNull();
    const { record, usage: after } = completeCancellation(redemption, pending, later);
    expect(pendingCancellationFor(after, record)).toBeNull();
    expect(pendingCancellationFor(withdrawCancellation(pending), redemption)).toBeNull();
    // Usages stored before cancellations had this step have no field at all.
    const { pendingCancellation: _absent, ...older } = redeemed;
    expect(pendingCancellationFor(older as typeof redeemed, redemption)).toBeNull();
  });

  it('refuses gift vouchers, and a second cancellation', () => {
    const { usage: redeemedGift, redemption: giftRedemption } = redeem(giftVoucher(), at);
    expect(refusal(() => requestCancellation(giftRedemption, redeemedGift, { ...at, reason: 'r' })).code).toBe('CANCEL_NOT_ALLOWED_FOR_GIFT_VOUCHER');
    const { usage: returned, ticketReturn } = returnTicket(usage(), { ...at, reason: 'r' });
    const { record, usage: unused } = completeCancellation(ticketReturn, requestCancellation(ticketReturn, returned, { ...at, reason: 'r' }), now);
    expect(refusal(() => requestCancellation(record, unused, { ...at, reason: 'r' })).code).toBe('RETURN_ALREADY_CANCELLED');
  });
});

describe('expiry', () => {
  it('unused → expired only once past the expiry instant', () => {
    expect(expire(usage({ expiresAt: now.toISOString() }), now)).toMatchObject({ state: 'expired', stateChangedAt: now.toISOString() });
    expect(() => expire(usage({ expiresAt: hoursFromNow(1) }), now)).toThrow();
    expect(() => expire(usage(), now)).toThrow();
  });
});
