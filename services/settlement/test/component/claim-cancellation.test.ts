import { captured, newOrder, orderIssued, redeemed, redemptionCancelled, returnCancelled, returned, usageIdOf } from '../support/events';
import { refusalOf, settlementSuite } from '../support/harness';

/**
 * The redemption service keeps a cancellation pending until settlement's claim is answered, and
 * claims again whenever it cannot tell whether an earlier claim arrived (its process stopped, its
 * final write failed, the answer was lost). So a repeated claim must be answered as the first one
 * was, whatever happened to the usage in between.
 */
const suite = settlementSuite();
const { harness } = suite;

const now = () => harness.clock.now();
const claim = (usageId: string, ticketId: string, usage = 'redemption') => harness.settlement.ClaimCancellation({ usageId, ticketId, usage });
const syncedIds = () => harness.emittedOf('settlement.usage_synced').map((event) => (event.data as { usageId: string }).usageId);

async function soldTicket(faceValue: number) {
  const order = newOrder(suite.merchant.merchantId, [faceValue], now());
  await harness.deliver(...orderIssued(order), captured(order, now()));
  const [ticket] = order.tickets;
  if (!ticket) throw new Error('no ticket');
  return ticket;
}

describe('ClaimCancellation claimed again (R30, T14)', () => {
  it('R30, T14: a claim repeated after the day’s bank sync ran is answered as the first; the sync left the usage out', async () => {
    harness.clock.set('2026-05-04T09:00:00+08:00');
    const ticket = await soldTicket(600);
    const redemption = redeemed(ticket, now());
    await harness.deliver(redemption);
    const granted = await claim(usageIdOf(redemption), ticket.ticketId);

    await harness.at('2026-05-04T22:30:00+08:00');

    await expect(claim(usageIdOf(redemption), ticket.ticketId)).resolves.toEqual(granted);
    expect(syncedIds()).not.toContain(usageIdOf(redemption));
    await expect(harness.settlement.IsSynced({ ticketId: ticket.ticketId })).resolves.toMatchObject({ synced: false });
    await harness.deliver(redemptionCancelled(ticket, usageIdOf(redemption), now()));
  });

  it('R30: a claim repeated after the usage’s cancellation event arrived is answered as the first', async () => {
    harness.clock.set('2026-05-05T09:00:00+08:00');
    const ticket = await soldTicket(700);
    const redemption = redeemed(ticket, now());
    await harness.deliver(redemption);
    const granted = await claim(usageIdOf(redemption), ticket.ticketId);
    await harness.deliver(redemptionCancelled(ticket, usageIdOf(redemption), now()));

    harness.clock.set('2026-05-05T09:05:00+08:00');
    await expect(claim(usageIdOf(redemption), ticket.ticketId)).resolves.toEqual(granted);
  });

  it('R30: a claim made before the usage’s event arrived, repeated after it, is answered as the first; a return is claimed the same way', async () => {
    harness.clock.set('2026-05-06T09:00:00+08:00');
    const ticket = await soldTicket(800);
    const giveBack = returned(ticket, now(), 'card');
    const granted = await claim(usageIdOf(giveBack), ticket.ticketId, 'return');
    await harness.deliver(giveBack);

    await expect(claim(usageIdOf(giveBack), ticket.ticketId, 'return')).resolves.toEqual(granted);
    await harness.at('2026-05-06T22:30:00+08:00');
    expect(syncedIds()).not.toContain(usageIdOf(giveBack));
    await harness.deliver(returnCancelled(ticket, usageIdOf(giveBack), now()));
  });

  it('T14: once the bank sync won, every claim is refused ALREADY_SYNCED_TO_BANK, the repeated one too', async () => {
    harness.clock.set('2026-05-07T09:00:00+08:00');
    const ticket = await soldTicket(900);
    const redemption = redeemed(ticket, now());
    await harness.deliver(redemption);
    await harness.at('2026-05-07T22:30:00+08:00');

    const refused = { category: 'failed_precondition', code: 'ALREADY_SYNCED_TO_BANK' };
    expect(await refusalOf(claim(usageIdOf(redemption), ticket.ticketId))).toMatchObject(refused);
    expect(await refusalOf(claim(usageIdOf(redemption), ticket.ticketId))).toMatchObject(refused);
    expect(syncedIds()).toContain(usageIdOf(redemption));
  });
});
