import { parseEvent, type EventEnvelope } from '@ecticket/platform';
import { ticketRedemptionCancelledV1, ticketReturnCancelledV1 } from '@ecticket/contracts';
import { CANCELLATION_STALLED_AFTER_MS } from '../../src/application/settle-stalled-cancellations';
import { refusalOf } from '../support/grpc';
import type { RedemptionHarness, TestTicket } from '../support/harness';
import { staffCalls } from '../support/staff-calls';
import { completesCancellation } from '../support/store-faults';
import { startedWorld, type World } from '../support/world';

const REPAIR_JOB = 'redemption.settle-stalled-cancellations';

/**
 * R30 as a saga: the cancellation is kept as pending before settlement is asked to claim the use,
 * so whatever stops a cancel request half-way, the repair job brings both services to agree.
 */
describe('cancelling a redemption or a return (R30) when the request stops half-way', () => {
  let harness: RedemptionHarness;
  let world: World;
  startedWorld((started) => ({ harness, world } = started));

  const { redeem, giveBack, cancelRedemption, cancelReturn } = staffCalls(() => harness);
  const claimsOf = (usageId: string) => harness.settlement.claims.filter((claim) => claim.usageId === usageId);
  const ticketUsage = (ticket: TestTicket, token = world.headOffice) =>
    harness.redemption.call('GetTicketUsage', { ticketId: ticket.data.ticketId, ticketNumber: '', redemptionCode: '' }, token);
  const allOf = { from: '', to: '', branchId: '', page: { limit: 200, cursor: '' } };
  const listRedemptions = (token: string) => harness.redemption.call('ListRedemptions', allOf, token);
  const listReturns = (token: string) => harness.redemption.call('ListReturns', allOf, token);

  async function publishedOf(type: string, ticket: TestTicket): Promise<EventEnvelope[]> {
    await harness.service.relay.flush();
    return harness.published.filter((event) => event.type === type && (event.data as { ticketId: string }).ticketId === ticket.data.ticketId);
  }

  /** Moves the clock by `ms` and runs the jobs due then; the repair job must be among them. */
  async function runRepairJobAfter(ms: number): Promise<void> {
    harness.clock.advance(ms);
    expect(await harness.service.scheduler.runDueJobs()).toContain(REPAIR_JOB);
  }

  it('R30, T14: settlement claimed the use but the final write failed (a crash): the cancellation stays pending, and the repair job completes it, so both services agree', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeem(ticket, world.eastClerk);
    const requestedAt = harness.clock.now().toISOString();
    harness.storeFaults.failNextWrite(completesCancellation);

    expect(await refusalOf(cancelRedemption(redemption.id, world.eastClerk))).toMatchObject({ category: 'internal' });

    expect(harness.settlement.bankStatusOf(redemption.id)).toBe('cancelled');
    expect(await harness.usage(ticket.data.ticketId)).toMatchObject({
      state: 'redeemed',
      current: { id: redemption.id },
      pendingCancellation: { at: requestedAt, reason: 'wrong ticket scanned', operator: { accountName: 'East Clerk', branchId: world.east.id } },
    });

    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS / 2);
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('redeemed');

    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS / 2);
    expect(await harness.usage(ticket.data.ticketId)).toMatchObject({ state: 'unused', current: null, pendingCancellation: null });
    expect(harness.settlement.bankStatusOf(redemption.id)).toBe('cancelled');
    expect(harness.settlement.syncToBank(redemption.id)).toBe(false);
    expect(claimsOf(redemption.id)).toHaveLength(2);
    expect((await ticketUsage(ticket)).redemptions.map((record) => record.cancellation)).toEqual([
      { cancelledAt: requestedAt, reason: 'wrong ticket scanned', cancelledBy: expect.objectContaining({ accountName: 'East Clerk', branchId: world.east.id }) },
    ]);
    const event = parseEvent(ticketRedemptionCancelledV1, await harness.eventOf('ticket.redemption_cancelled', ticket.data.ticketId));
    expect(event.data).toMatchObject({ redemptionId: redemption.id, cancelledAt: requestedAt, operator: { accountName: 'East Clerk', branchId: world.east.id } });
    expect(await publishedOf('ticket.redemption_cancelled', ticket)).toHaveLength(1);
    expect(await refusalOf(cancelRedemption(redemption.id, world.eastClerk))).toMatchObject({ code: 'REDEMPTION_ALREADY_CANCELLED' });
    await expect(redeem(ticket, world.westClerk)).resolves.toMatchObject({ operator: { branchId: world.west.id } });
  });

  it('R30: while a cancellation is pending, another cancellation, a redemption or a return of the ticket is refused CANCELLATION_IN_PROGRESS and nothing is applied twice', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeem(ticket, world.headOffice);
    harness.storeFaults.failNextWrite(completesCancellation);
    await refusalOf(cancelRedemption(redemption.id, world.headOffice));
    const claimsBefore = claimsOf(redemption.id).length;

    const inProgress = { category: 'conflict', code: 'CANCELLATION_IN_PROGRESS' };
    expect(await refusalOf(cancelRedemption(redemption.id, world.headOffice, 'asked again'))).toMatchObject(inProgress);
    expect(await refusalOf(redeem(ticket, world.westClerk))).toMatchObject(inProgress);
    expect(await refusalOf(giveBack(ticket, world.headOffice))).toMatchObject(inProgress);

    expect(claimsOf(redemption.id)).toHaveLength(claimsBefore);
    expect(await harness.usage(ticket.data.ticketId)).toMatchObject({ state: 'redeemed', pendingCancellation: { reason: 'wrong ticket scanned' } });
    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS);
    expect((await ticketUsage(ticket)).redemptions.map((record) => record.cancellation?.reason)).toEqual(['wrong ticket scanned']);
    expect(await publishedOf('ticket.redemption_cancelled', ticket)).toHaveLength(1);
  });

  it('R30: settlement’s answer to the claim was lost: the cancel answers the return with its cancellation pending; the repair job claims again, settlement answers as before (idempotent), and the return is cancelled', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const returned = await giveBack(ticket, world.headOffice);
    harness.settlement.loseNextClaim('answer');

    expect(await cancelReturn(returned.id, world.headOffice)).toMatchObject({
      id: returned.id,
      cancellation: null,
      pendingCancellation: { requestedAt: harness.clock.now().toISOString(), reason: 'buyer changed their mind' },
    });
    expect(harness.settlement.bankStatusOf(returned.id)).toBe('cancelled');
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('returned');
    expect((await listReturns(world.headOffice)).returns.find((record) => record.id === returned.id)?.pendingCancellation).toMatchObject({
      reason: 'buyer changed their mind',
    });

    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS);

    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('unused');
    const [record] = (await ticketUsage(ticket)).returns;
    expect(record).toMatchObject({ id: returned.id, cancellation: { reason: 'buyer changed their mind' }, pendingCancellation: null });
    expect(claimsOf(returned.id)).toHaveLength(2);
    const event = parseEvent(ticketReturnCancelledV1, await harness.eventOf('ticket.return_cancelled', ticket.data.ticketId));
    expect(event.data).toMatchObject({ returnId: returned.id, reason: 'buyer changed their mind' });
  });

  it('R30, T14: the claim never reached settlement and the bank sync then won: the repair job withdraws the cancellation, the ticket stays redeemed, and cancelling is refused ALREADY_SYNCED_TO_BANK', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeem(ticket, world.headOffice);
    harness.settlement.loseNextClaim('request');
    expect(await cancelRedemption(redemption.id, world.headOffice)).toMatchObject({ cancellation: null, pendingCancellation: { reason: 'wrong ticket scanned' } });
    expect(harness.settlement.syncToBank(redemption.id)).toBe(true);

    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS);

    expect(await harness.usage(ticket.data.ticketId)).toMatchObject({ state: 'redeemed', current: { id: redemption.id }, pendingCancellation: null });
    const usage = await ticketUsage(ticket);
    expect({ state: usage.state, pendingCancellation: usage.pendingCancellation }).toEqual({ state: 'USAGE_STATE_REDEEMED', pendingCancellation: null });
    expect(usage.redemptions.map((record) => [record.cancellation, record.pendingCancellation])).toEqual([[null, null]]);
    expect(await publishedOf('ticket.redemption_cancelled', ticket)).toEqual([]);
    expect(await refusalOf(cancelRedemption(redemption.id, world.headOffice))).toMatchObject({ category: 'failed_precondition', code: 'ALREADY_SYNCED_TO_BANK' });
    expect(await harness.usage(ticket.data.ticketId)).toMatchObject({ state: 'redeemed', pendingCancellation: null });
  });

  it('R30: settlement unreachable: the cancel answers the redemption with its cancellation pending, GetTicketUsage and the report show it (when, why, by which branch: R21), and once the repair job ran, completed', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeem(ticket, world.eastClerk);
    harness.clock.advance(5_000);
    const requestedAt = harness.clock.now().toISOString();
    harness.settlement.loseNextClaim('request');

    const answer = await cancelRedemption(redemption.id, world.eastClerk);

    const pending = {
      requestedAt,
      reason: 'wrong ticket scanned',
      requestedBy: { accountName: 'East Clerk', branchId: world.east.id, branchName: 'Taipei East', branchCode: world.east.code, label: `Taipei East (${world.east.code})` },
    };
    expect(answer).toMatchObject({ id: redemption.id, cancellation: null, pendingCancellation: pending });
    expect(harness.settlement.bankStatusOf(redemption.id)).toBe('pending');
    const during = await ticketUsage(ticket);
    expect(during).toMatchObject({ state: 'USAGE_STATE_REDEEMED', stateChangedAt: redemption.redeemedAt, pendingCancellation: pending });
    expect(during.redemptions).toMatchObject([{ id: redemption.id, cancellation: null, pendingCancellation: pending }]);
    // The east clerk sees it as head office does; the west clerk sees neither the redemption nor its cancellation (R22.2).
    expect((await ticketUsage(ticket, world.eastClerk)).pendingCancellation).toMatchObject(pending);
    expect(await ticketUsage(ticket, world.westClerk)).toMatchObject({ state: 'USAGE_STATE_REDEEMED', redemptions: [], pendingCancellation: null });
    const row = (await listRedemptions(world.eastClerk)).redemptions.find((record) => record.id === redemption.id);
    expect(row).toMatchObject({ cancellation: null, pendingCancellation: pending });
    expect(await refusalOf(cancelRedemption(redemption.id, world.eastClerk, 'asked again'))).toMatchObject({ code: 'CANCELLATION_IN_PROGRESS', details: { requestedAt } });

    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS);

    const after = await ticketUsage(ticket);
    expect(after).toMatchObject({ state: 'USAGE_STATE_UNUSED', stateChangedAt: harness.clock.now().toISOString(), pendingCancellation: null });
    expect(after.redemptions.map((record) => [record.cancellation, record.pendingCancellation])).toEqual([
      [{ cancelledAt: requestedAt, reason: 'wrong ticket scanned', cancelledBy: expect.objectContaining({ branchCode: world.east.code }) }, null],
    ]);
    expect((await listRedemptions(world.eastClerk)).redemptions.find((record) => record.id === redemption.id)).toMatchObject({
      cancellation: { cancelledAt: requestedAt },
      pendingCancellation: null,
    });
    expect(harness.settlement.bankStatusOf(redemption.id)).toBe('cancelled');
    expect(await publishedOf('ticket.redemption_cancelled', ticket)).toHaveLength(1);
  });

  it('R30: settlement unreachable for a while: the pending cancellation waits for a later run of the repair job, which completes it', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeem(ticket, world.headOffice);
    harness.settlement.loseNextClaim('request');
    expect((await cancelRedemption(redemption.id, world.headOffice)).pendingCancellation).not.toBeNull();
    harness.settlement.loseNextClaim('request');

    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS);
    expect(await harness.usage(ticket.data.ticketId)).toMatchObject({ state: 'redeemed', pendingCancellation: { reason: 'wrong ticket scanned' } });

    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS);
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('unused');
    expect(harness.settlement.bankStatusOf(redemption.id)).toBe('cancelled');
  });
});
