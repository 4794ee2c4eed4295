import { parseEvent, type EventEnvelope } from '@ecticket/platform';
import { ticketRedemptionCancelledV1, ticketReturnCancelledV1 } from '@ecticket/contracts';
import { CANCELLATION_STALLED_AFTER_MS } from '../../src/application/settle-stalled-cancellations';
import { refusalOf } from '../support/grpc';
import { RedemptionHarness, type TestTicket } from '../support/harness';
import { staffCalls } from '../support/staff-calls';
import { completesCancellation } from '../support/store-faults';
import { buildWorld, type World } from '../support/world';

const REPAIR_JOB = 'redemption.settle-stalled-cancellations';

/**
 * R30 as a saga: the cancellation is kept as pending before settlement is asked to claim the use,
 * so whatever stops a cancel request half-way, the repair job brings both services to agree.
 */
describe('cancelling a redemption or a return (R30) when the request stops half-way', () => {
  let harness: RedemptionHarness;
  let world: World;

  beforeAll(async () => {
    harness = await new RedemptionHarness().start();
    world = await buildWorld(harness);
  });

  afterAll(() => harness.stop());

  const { redeem, giveBack, cancelRedemption, cancelReturn } = staffCalls(() => harness);
  const claimsOf = (usageId: string) => harness.settlement.claims.filter((claim) => claim.usageId === usageId);
  const ticketUsage = (ticket: TestTicket) =>
    harness.redemption.call('GetTicketUsage', { ticketId: ticket.data.ticketId, ticketNumber: '', redemptionCode: '' }, world.headOffice);

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

  it('R30: settlement’s answer to the claim was lost: the repair job claims again, settlement answers as before (idempotent), and the return is cancelled', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const returned = await giveBack(ticket, world.headOffice);
    harness.settlement.loseNextClaim('answer');

    expect(await refusalOf(cancelReturn(returned.id, world.headOffice))).toMatchObject({ category: 'internal' });
    expect(harness.settlement.bankStatusOf(returned.id)).toBe('cancelled');
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('returned');

    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS);

    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('unused');
    expect(claimsOf(returned.id)).toHaveLength(2);
    const event = parseEvent(ticketReturnCancelledV1, await harness.eventOf('ticket.return_cancelled', ticket.data.ticketId));
    expect(event.data).toMatchObject({ returnId: returned.id, reason: 'buyer changed their mind' });
  });

  it('R30, T14: the claim never reached settlement and the bank sync then won: the repair job withdraws the cancellation, the ticket stays redeemed, and cancelling is refused ALREADY_SYNCED_TO_BANK', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeem(ticket, world.headOffice);
    harness.settlement.loseNextClaim('request');
    await refusalOf(cancelRedemption(redemption.id, world.headOffice));
    expect(harness.settlement.syncToBank(redemption.id)).toBe(true);

    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS);

    expect(await harness.usage(ticket.data.ticketId)).toMatchObject({ state: 'redeemed', current: { id: redemption.id }, pendingCancellation: null });
    expect((await ticketUsage(ticket)).redemptions.map((record) => record.cancellation)).toEqual([null]);
    expect(await publishedOf('ticket.redemption_cancelled', ticket)).toEqual([]);
    expect(await refusalOf(cancelRedemption(redemption.id, world.headOffice))).toMatchObject({ category: 'failed_precondition', code: 'ALREADY_SYNCED_TO_BANK' });
    expect(await harness.usage(ticket.data.ticketId)).toMatchObject({ state: 'redeemed', pendingCancellation: null });
  });

  it('R30: settlement unreachable for a while: the pending cancellation waits for a later run of the repair job, which completes it', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const redemption = await redeem(ticket, world.headOffice);
    harness.settlement.loseNextClaim('request');
    await refusalOf(cancelRedemption(redemption.id, world.headOffice));
    harness.settlement.loseNextClaim('request');

    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS);
    expect(await harness.usage(ticket.data.ticketId)).toMatchObject({ state: 'redeemed', pendingCancellation: { reason: 'wrong ticket scanned' } });

    await runRepairJobAfter(CANCELLATION_STALLED_AFTER_MS);
    expect((await harness.usage(ticket.data.ticketId))?.state).toBe('unused');
    expect(harness.settlement.bankStatusOf(redemption.id)).toBe('cancelled');
  });
});
