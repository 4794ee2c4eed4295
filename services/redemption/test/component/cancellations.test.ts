import { parseEvent } from '@ecticket/platform';
import { ticketRedemptionCancelledV1, ticketReturnCancelledV1 } from '@ecticket/contracts';
import { newStaff } from '../support/accounts';
import { refusalOf } from '../support/grpc';
import type { RedemptionHarness } from '../support/harness';
import { staffCalls } from '../support/staff-calls';
import { startedWorld, JOINT_PRODUCT, type World } from '../support/world';

describe('cancelling a redemption or a return (R30) at the redemption service', () => {
  let harness: RedemptionHarness;
  let world: World;
  startedWorld((started) => ({ harness, world } = started));

  const { redeem, giveBack, cancelRedemption, cancelReturn } = staffCalls(() => harness);

  it('R30: a mistaken redemption of a pickup voucher is cancelled after settlement accepted the claim; the ticket is unused and redeemable again', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeem(ticket, world.eastClerk);

    const cancelled = await cancelRedemption(redemption.id, world.eastClerk);

    expect(cancelled.cancellation).toMatchObject({
      cancelledAt: harness.clock.now().toISOString(),
      reason: 'wrong ticket scanned',
      cancelledBy: { accountName: 'East Clerk', branchCode: world.east.code },
    });
    expect(harness.settlement.claims).toContainEqual({ usageId: redemption.id, ticketId: ticket.data.ticketId, usage: 'redemption' });
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('unused');
    const event = parseEvent(ticketRedemptionCancelledV1, await harness.eventOf('ticket.redemption_cancelled', ticket.data.ticketId));
    expect(event.data).toMatchObject({ redemptionId: redemption.id, reason: 'wrong ticket scanned', operator: { branchId: world.east.id } });
    await expect(redeem(ticket, world.westClerk)).resolves.toMatchObject({ operator: { branchId: world.west.id } });
  });

  it('R30: a mistaken return is cancelled the same way', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const returned = await giveBack(ticket, world.headOffice);

    const cancelled = await cancelReturn(returned.id, world.headOffice);

    expect(cancelled.cancellation?.reason).toBe('buyer changed their mind');
    expect(harness.settlement.claims).toContainEqual({ usageId: returned.id, ticketId: ticket.data.ticketId, usage: 'return' });
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('unused');
    const event = parseEvent(ticketReturnCancelledV1, await harness.eventOf('ticket.return_cancelled', ticket.data.ticketId));
    expect(event.data).toMatchObject({ returnId: returned.id, faceValue: 880 });
  });

  it('R30: gift vouchers are refused CANCEL_NOT_ALLOWED_FOR_GIFT_VOUCHER, without asking settlement', async () => {
    const gift = { merchantId: world.issuer.merchantId, ticketType: 'gift_voucher' as const, faceValue: 0, guaranteeEndsAt: null };
    const redeemedGift = await harness.issue(gift);
    const returnedGift = await harness.issue(gift);
    const redemption = await redeem(redeemedGift, world.headOffice);
    const returned = await giveBack(returnedGift, world.headOffice);
    const claimsBefore = harness.settlement.claims.length;

    expect(await refusalOf(cancelRedemption(redemption.id, world.headOffice))).toMatchObject({
      category: 'failed_precondition',
      code: 'CANCEL_NOT_ALLOWED_FOR_GIFT_VOUCHER',
    });
    expect(await refusalOf(cancelReturn(returned.id, world.headOffice))).toMatchObject({ code: 'CANCEL_NOT_ALLOWED_FOR_GIFT_VOUCHER' });
    expect(harness.settlement.claims).toHaveLength(claimsBefore);
  });

  it('R30, T14: once the bank sync won, the claim is refused ALREADY_SYNCED_TO_BANK and nothing changes here', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeem(ticket, world.headOffice);
    const before = await harness.usage(ticket.data.ticketId);
    expect(harness.settlement.syncToBank(redemption.id)).toBe(true);

    expect(await refusalOf(cancelRedemption(redemption.id, world.headOffice))).toMatchObject({
      category: 'failed_precondition',
      code: 'ALREADY_SYNCED_TO_BANK',
    });

    expect(await harness.usage(ticket.data.ticketId)).toEqual({ ...before, revision: expect.any(Number) });
    const usage = await harness.redemption.call('GetTicketUsage', { ticketId: ticket.data.ticketId, ticketNumber: '', redemptionCode: '' }, world.headOffice);
    expect(usage.redemptions.map((record) => record.cancellation)).toEqual([null]);
    await harness.service.relay.flush();
    expect(harness.published.some((event) => event.type === 'ticket.redemption_cancelled' && (event.data as { ticketId: string }).ticketId === ticket.data.ticketId)).toBe(false);
  });

  it('T14: once the cancellation claimed the usage, the bank sync of it loses; exactly one of the two wins', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const returned = await giveBack(ticket, world.headOffice);

    await cancelReturn(returned.id, world.headOffice);

    expect(harness.settlement.syncToBank(returned.id)).toBe(false);
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('unused');
  });

  it('R30: a cancelled redemption cannot be cancelled again; concurrent cancellations: one wins, the other is CANCELLATION_IN_PROGRESS or, once the first completed, REDEMPTION_ALREADY_CANCELLED', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeem(ticket, world.headOffice);

    const outcomes = await Promise.allSettled([cancelRedemption(redemption.id, world.headOffice), cancelRedemption(redemption.id, world.headOffice)]);

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const [loser] = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [(outcome.reason as { code: string }).code] : []));
    expect(['CANCELLATION_IN_PROGRESS', 'REDEMPTION_ALREADY_CANCELLED']).toContain(loser);
    expect(harness.settlement.claims.filter((claim) => claim.usageId === redemption.id)).toHaveLength(1);
    expect(await refusalOf(cancelRedemption(redemption.id, world.headOffice))).toMatchObject({ category: 'conflict', code: 'REDEMPTION_ALREADY_CANCELLED' });
  });

  it('R13: needs `cancel_redemption` / `cancel_return`; a reason is required', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeem(ticket, world.headOffice);
    const other = await harness.issue({ merchantId: world.issuer.merchantId });
    const returned = await giveBack(other, world.headOffice);
    const clerk = await newStaff(harness, world.issuer, { permissions: ['redeem', 'return'] });

    expect(await refusalOf(cancelRedemption(redemption.id, clerk))).toMatchObject({ code: 'PERMISSION_REQUIRED', details: { permission: 'cancel_redemption' } });
    expect(await refusalOf(cancelReturn(returned.id, clerk))).toMatchObject({ code: 'PERMISSION_REQUIRED', details: { permission: 'cancel_return' } });
    expect(await refusalOf(cancelRedemption(redemption.id, world.headOffice, ''))).toMatchObject({ code: 'REASON_REQUIRED' });
  });

  it('R22.2: a branch-bound clerk cancels only its own branch’s redemptions; another merchant’s are not found', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId, productId: JOINT_PRODUCT });
    const byEast = await redeem(ticket, world.eastClerk);
    const partnerTicket = await harness.issue({ merchantId: world.issuer.merchantId, productId: JOINT_PRODUCT });
    const byPartner = await redeem(partnerTicket, world.partnerClerk);

    expect(await refusalOf(cancelRedemption(byEast.id, world.westClerk))).toMatchObject({ category: 'permission_denied', code: 'OUTSIDE_BRANCH' });
    expect(await refusalOf(cancelRedemption(byEast.id, world.partnerClerk))).toMatchObject({ category: 'not_found', code: 'REDEMPTION_NOT_FOUND' });
    expect(await refusalOf(cancelRedemption(byPartner.id, world.headOffice))).toMatchObject({ code: 'REDEMPTION_NOT_FOUND' });
    expect(await refusalOf(cancelReturn('no-such-return', world.headOffice))).toMatchObject({ code: 'RETURN_NOT_FOUND' });
    await expect(cancelRedemption(byPartner.id, world.partnerClerk)).resolves.toBeDefined();
    await expect(cancelRedemption(byEast.id, world.headOffice)).resolves.toBeDefined();
  });
});
