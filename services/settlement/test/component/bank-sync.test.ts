import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { captured, newOrder, orderIssued, redeemed, redemptionCancelled, returned, usageIdOf, type TestOrder } from '../support/events';
import { csvObjects } from '../support/csv';
import { refusalOf, settlementSuite } from '../support/harness';

const suite = settlementSuite();
const { harness } = suite;

const now = () => harness.clock.now();
const claim = (usageId: string, ticketId: string, usage = 'redemption') => harness.settlement.ClaimCancellation({ usageId, ticketId, usage });
const syncedIds = () => harness.emittedOf('settlement.usage_synced').map((event) => (event.data as { usageId: string }).usageId);

function batchFile(syncDate: string): { name: string; rows: Record<string, string>[]; text: string } {
  const name = readdirSync(harness.bankSyncDir).find((file) => file.startsWith(`${syncDate}-`) && file.endsWith('.csv'));
  if (!name) throw new Error(`no bank-sync file of ${syncDate}`);
  const text = readFileSync(path.join(harness.bankSyncDir, name), 'utf8');
  return { name, rows: csvObjects(text), text };
}

async function soldOrder(faceValues: number[]): Promise<TestOrder> {
  const order = newOrder(suite.merchant.merchantId, faceValues, now());
  await harness.deliver(...orderIssued(order), captured(order, now()));
  return order;
}

describe('the daily bank sync (R30)', () => {
  it('R30: reports the day’s redemptions and returns in a documented CSV file and makes them final, each with a usage_synced event', async () => {
    const order = await soldOrder([1000, 500, 0]);
    const [first, second, gift] = order.tickets;
    const redemption = redeemed(first!, now());
    const giftRedemption = redeemed(gift!, now());
    const returnEvent = returned(second!, now(), 'card');
    await harness.deliver(redemption, giftRedemption, returnEvent);

    expect(await harness.at('2026-03-02T21:59:00+08:00')).toContain('settlement.bank-sync');
    expect(readdirSync(harness.dataDir)).not.toContain('bank-sync');

    await harness.at('2026-03-02T22:30:00+08:00');
    const file = batchFile('2026-03-02');
    expect(file.name).toMatch(/^2026-03-02-[0-9a-f-]{36}\.csv$/);
    expect(file.text.split('\r\n')[0]).toBe('batch_id,sync_date,usage_id,usage,occurred_at,merchant_id,order_id,ticket_id,ticket_number,face_value,refund');
    expect(file.rows).toEqual([
      expect.objectContaining({ usage_id: usageIdOf(redemption), usage: 'redemption', ticket_id: first!.ticketId, face_value: '1000', refund: 'none', sync_date: '2026-03-02' }),
      expect.objectContaining({ usage_id: usageIdOf(returnEvent), usage: 'return', ticket_number: second!.ticketNumber, face_value: '500', refund: 'card' }),
    ]);
    expect(new Set(file.rows.map((row) => row.batch_id)).size).toBe(1);
    expect(syncedIds()).toEqual([usageIdOf(redemption), usageIdOf(returnEvent)]);
    expect(harness.emittedOf('settlement.usage_synced')[1]?.data).toMatchObject({ usage: 'return', refund: 'card', amount: 500, merchantId: suite.merchant.merchantId });
    await expect(harness.settlement.IsSynced({ ticketId: first!.ticketId })).resolves.toMatchObject({ synced: true, usageId: usageIdOf(redemption), usage: 'redemption', batchId: file.rows[0]?.batch_id });

    await harness.at('2026-03-02T23:30:00+08:00');
    expect(readdirSync(harness.bankSyncDir).filter((name) => name.startsWith('2026-03-02-'))).toHaveLength(1);
    expect(syncedIds()).toHaveLength(2);
  });

  it('R30: a day with nothing to report still gets its file; a missed day’s usages go in the next batch', async () => {
    const order = await soldOrder([300]);
    const redemption = redeemed(order.tickets[0]!, now());
    await harness.deliver(redemption);
    await harness.at('2026-03-05T22:10:00+08:00');
    expect(batchFile('2026-03-05').rows.map((row) => row.usage_id)).toEqual([usageIdOf(redemption)]);
    await harness.at('2026-03-06T22:10:00+08:00');
    expect(batchFile('2026-03-06').rows).toEqual([]);
  });

  it('R30: after the sync a cancellation is refused with ALREADY_SYNCED_TO_BANK; before it, the claim is granted and idempotent', async () => {
    harness.clock.set('2026-03-07T09:00:00+08:00');
    const order = await soldOrder([400, 400]);
    const synced = redeemed(order.tickets[0]!, now());
    const cancelled = redeemed(order.tickets[1]!, now());
    await harness.deliver(synced, cancelled);

    const granted = await claim(usageIdOf(cancelled), order.tickets[1]!.ticketId);
    expect(granted).toMatchObject({ usageId: usageIdOf(cancelled), cancelledAt: now().toISOString() });
    await expect(claim(usageIdOf(cancelled), order.tickets[1]!.ticketId)).resolves.toEqual(granted);
    expect(await refusalOf(claim(usageIdOf(cancelled), order.tickets[1]!.ticketId, 'return'))).toMatchObject({ code: 'USAGE_MISMATCH' });

    await harness.at('2026-03-07T22:30:00+08:00');
    expect(batchFile('2026-03-07').rows.map((row) => row.usage_id)).toEqual([usageIdOf(synced)]);
    expect(await refusalOf(claim(usageIdOf(synced), order.tickets[0]!.ticketId))).toMatchObject({
      category: 'failed_precondition',
      code: 'ALREADY_SYNCED_TO_BANK',
    });
    await harness.deliver(redemptionCancelled(order.tickets[1]!, usageIdOf(cancelled), now()));
    await expect(harness.settlement.IsSynced({ ticketId: order.tickets[1]!.ticketId })).resolves.toMatchObject({ synced: false, usageId: '' });
  });

  it('R30: a claim for a usage whose event has not arrived is kept as cancelled: the late event never becomes pending', async () => {
    harness.clock.set('2026-03-08T09:00:00+08:00');
    const order = await soldOrder([250]);
    const late = redeemed(order.tickets[0]!, now());
    await claim(usageIdOf(late), order.tickets[0]!.ticketId);
    await harness.deliver(late);
    await harness.at('2026-03-08T22:30:00+08:00');
    expect(batchFile('2026-03-08').rows).toEqual([]);
    expect(syncedIds()).not.toContain(usageIdOf(late));
    await harness.deliver(redemptionCancelled(order.tickets[0]!, usageIdOf(late), now()));
  });
});

describe('T14: a cancellation claim racing the bank sync of the same usage', () => {
  async function pendingRedemption(): Promise<{ usageId: string; ticketId: string }> {
    const order = await soldOrder([100]);
    const redemption = redeemed(order.tickets[0]!, now());
    await harness.deliver(redemption);
    return { usageId: usageIdOf(redemption), ticketId: order.tickets[0]!.ticketId };
  }

  it('T14: the claim first: it wins, and the sync leaves the usage out', async () => {
    harness.clock.set('2026-04-01T09:00:00+08:00');
    const { usageId, ticketId } = await pendingRedemption();
    await claim(usageId, ticketId);
    await harness.at('2026-04-01T22:30:00+08:00');
    expect(batchFile('2026-04-01').rows.map((row) => row.usage_id)).not.toContain(usageId);
    expect(syncedIds()).not.toContain(usageId);
  });

  it('T14: the sync first: it wins, and the claim is refused', async () => {
    harness.clock.set('2026-04-02T09:00:00+08:00');
    const { usageId, ticketId } = await pendingRedemption();
    await harness.at('2026-04-02T22:30:00+08:00');
    expect(await refusalOf(claim(usageId, ticketId))).toMatchObject({ code: 'ALREADY_SYNCED_TO_BANK' });
    expect(batchFile('2026-04-02').rows.map((row) => row.usage_id)).toContain(usageId);
  });

  it('T14: both at once, many times: exactly one of the two wins, never both, never neither', async () => {
    const outcomes = { claim: 0, sync: 0 };
    for (let day = 3; day <= 22; day += 1) {
      const date = `2026-04-${String(day).padStart(2, '0')}`;
      harness.clock.set(`${date}T21:00:00+08:00`);
      const { usageId, ticketId } = await pendingRedemption();
      harness.clock.set(`${date}T22:30:00+08:00`);
      // The sync starts 0–4 ms after the claim was sent, so each side gets there first some of the time.
      const sync = sleep(day % 5).then(() => harness.service.scheduler.runDueJobs());
      const [claimed] = await Promise.allSettled([claim(usageId, ticketId), sync]);
      await harness.idle();
      const inFile = batchFile(date).rows.some((row) => row.usage_id === usageId);
      const announced = syncedIds().includes(usageId);
      if (claimed.status === 'fulfilled') {
        outcomes.claim += 1;
        expect({ date, inFile, announced }).toEqual({ date, inFile: false, announced: false });
      } else {
        outcomes.sync += 1;
        expect(claimed.reason).toMatchObject({ code: 'ALREADY_SYNCED_TO_BANK' });
        expect({ date, inFile, announced }).toEqual({ date, inFile: true, announced: true });
      }
      const synced = (await harness.settlement.IsSynced({ ticketId })).synced;
      expect(synced).toBe(claimed.status === 'rejected');
    }
    expect(outcomes.claim + outcomes.sync).toBe(20);
  });
});
