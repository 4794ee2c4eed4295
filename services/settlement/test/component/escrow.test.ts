import { captured, newOrder, orderIssued, redeemed, redemptionCancelled, refunded, returnCancelled, returned, shuffled, ticketIssued, usageIdOf } from '../support/events';
import { PAYOUT_DAYS, settlementSuite } from '../support/harness';

const suite = settlementSuite({ merchantPerTest: true });
const { harness } = suite;

async function balances(merchantId = suite.merchant.merchantId): Promise<Record<string, number>> {
  const response = await harness.settlement.GetBalances({ merchantId: '' }, harness.as(suite.merchant.ownerToken));
  expect(response.merchantId).toBe(merchantId);
  return Object.fromEntries(response.accounts.map((row) => [row.account, Number(row.balance)]));
}

const zero = { processor_clearing: 0, escrow: 0, merchant_payable: 0, merchant_paid: 0, buyer_refund_payable: 0 };
const now = () => harness.clock.now();
const daysLater = (days: number) => new Date(now().getTime() + days * 24 * 60 * 60 * 1000);

describe('escrow (R4)', () => {
  it('R4: issued pickup vouchers are held in escrow from their order’s capture; a gift voucher holds nothing', async () => {
    const order = newOrder(suite.merchant.merchantId, [1000, 500, 0], now());
    await harness.deliver(...orderIssued(order));
    expect(await balances()).toEqual(zero);
    await harness.deliver(captured(order, now()));
    expect(await balances()).toEqual({ ...zero, processor_clearing: -1500, escrow: 1500 });
    expect(await harness.invariants(suite.merchant.merchantId)).toMatchObject({ escrowBalance: '1500', escrowedFaceValue: '1500', escrowedTicketCount: 2 });
  });

  it('R4: a capture arriving before its tickets: each is held when it arrives', async () => {
    const order = newOrder(suite.merchant.merchantId, [1000, 700], now());
    await harness.deliver(captured(order, now()));
    expect(await balances()).toEqual(zero);
    await harness.deliver(ticketIssued(order.tickets[0]!));
    expect(await balances()).toMatchObject({ escrow: 1000 });
    await harness.deliver(ticketIssued(order.tickets[1]!));
    expect(await balances()).toEqual({ ...zero, processor_clearing: -1700, escrow: 1700 });
  });

  it('R4/R6/R11/R30: any order of the events, each delivered twice, all at once, converges to the same ledger', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      await suite.renewMerchant();
      const order = newOrder(suite.merchant.merchantId, [1000, 600, 300, 200], now());
      const [kept, used, back, undone] = order.tickets as [(typeof order.tickets)[0], (typeof order.tickets)[0], (typeof order.tickets)[0], (typeof order.tickets)[0]];
      const mistake = redeemed(undone, now());
      const events = [
        ...orderIssued(order),
        captured(order, now()),
        redeemed(used, now()),
        returned(back, now(), 'card'),
        mistake,
        redemptionCancelled(undone, usageIdOf(mistake), daysLater(0.01)),
      ];
      await harness.deliver(...shuffled([...events, ...events], seed));
      expect({ seed, balances: await balances() }).toEqual({
        seed,
        balances: { ...zero, processor_clearing: -2100, escrow: kept.faceValue + undone.faceValue, merchant_payable: used.faceValue, buyer_refund_payable: back.faceValue },
      });
      expect(await harness.invariants()).toMatchObject({ ok: true });
    }
  });
});

describe('redemption (R6) and payouts', () => {
  it('R6: a redemption moves the voucher’s value to the merchant’s payable, paid out after the payout days once synced to the bank', async () => {
    const order = newOrder(suite.merchant.merchantId, [1200, 800], now());
    await harness.deliver(...orderIssued(order), captured(order, now()), redeemed(order.tickets[0]!, now()));
    expect(await balances()).toEqual({ ...zero, processor_clearing: -2000, escrow: 800, merchant_payable: 1200 });

    await harness.at('2026-03-02T22:30:00+08:00'); // the day's bank sync
    expect(PAYOUT_DAYS).toBe(7);
    await harness.at('2026-03-08T10:30:00+08:00'); // one day short of the payout days
    expect(await balances()).toMatchObject({ merchant_payable: 1200, merchant_paid: 0 });

    await harness.at('2026-03-09T10:30:00+08:00');
    expect(await balances()).toEqual({ ...zero, processor_clearing: -2000, escrow: 800, merchant_paid: 1200 });
    const payouts = await harness.settlement.ListPayouts({ merchantId: '' }, harness.as(suite.merchant.ownerToken));
    expect(payouts.payouts).toEqual([expect.objectContaining({ merchantId: suite.merchant.merchantId, payoutDate: '2026-03-09', amount: '1200', payableCount: 1 })]);
    expect(harness.emittedOf('settlement.payout_made').filter((event) => event.merchantId === suite.merchant.merchantId).map((event) => event.data)).toEqual([
      expect.objectContaining({ amount: 1200, payoutDate: '2026-03-09', entryCount: 1 }),
    ]);

    await harness.at('2026-03-10T10:30:00+08:00');
    expect((await harness.settlement.ListPayouts({ merchantId: '' }, harness.as(suite.merchant.ownerToken))).payouts).toHaveLength(1);
  });

  it('R6/R30: a redemption not yet synced to the bank is not paid out, however long it waits', async () => {
    harness.clock.set('2026-04-01T09:00:00+08:00');
    const order = newOrder(suite.merchant.merchantId, [900], now());
    await harness.deliver(...orderIssued(order), captured(order, now()), redeemed(order.tickets[0]!, now()));
    await harness.at('2026-04-01T21:00:00+08:00'); // before the sync time
    await harness.at('2026-04-08T10:30:00+08:00'); // due, but the payout job runs before the day's sync
    expect(await balances()).toMatchObject({ merchant_payable: 900, merchant_paid: 0 });
    await harness.at('2026-04-08T22:30:00+08:00');
    await harness.at('2026-04-09T10:30:00+08:00');
    expect(await balances()).toMatchObject({ merchant_payable: 0, merchant_paid: 900 });
  });

  it('R30: a cancelled redemption is reversed by new entries; the original entries stay', async () => {
    harness.clock.set('2026-05-01T09:00:00+08:00');
    const order = newOrder(suite.merchant.merchantId, [1000], now());
    const redemption = redeemed(order.tickets[0]!, now());
    await harness.deliver(...orderIssued(order), captured(order, now()), redemption);
    await harness.deliver(redemptionCancelled(order.tickets[0]!, usageIdOf(redemption), now()));
    expect(await balances()).toEqual({ ...zero, processor_clearing: -1000, escrow: 1000 });
    const { entries } = await harness.settlement.ListLedgerEntries({ merchantId: '', page: { limit: 50 } }, harness.as(suite.merchant.ownerToken));
    const redemptionEntries = entries.filter((entry) => entry.kind === 'redemption');
    expect(redemptionEntries).toHaveLength(4);
    const original = redemptionEntries.find((entry) => entry.reversesJournalId === '');
    expect(redemptionEntries.filter((entry) => entry.reversesJournalId === original?.journalId)).toHaveLength(2);
    expect(redemptionEntries.every((entry) => entry.usageId === usageIdOf(redemption) && entry.ticketId === order.tickets[0]!.ticketId)).toBe(true);
    await harness.at('2026-05-01T22:30:00+08:00');
    await harness.at('2026-05-20T10:30:00+08:00');
    expect(await balances()).toMatchObject({ escrow: 1000, merchant_paid: 0 });
  });

  it('R30: a cancellation arriving before its redemption leaves the money in escrow and nothing to sync', async () => {
    harness.clock.set('2026-05-05T09:00:00+08:00');
    const order = newOrder(suite.merchant.merchantId, [1000], now());
    const redemption = redeemed(order.tickets[0]!, now());
    await harness.deliver(...orderIssued(order), captured(order, now()), redemptionCancelled(order.tickets[0]!, usageIdOf(redemption), now()));
    await harness.deliver(redemption);
    expect(await balances()).toEqual({ ...zero, processor_clearing: -1000, escrow: 1000 });
    expect(await harness.settlement.IsSynced({ ticketId: order.tickets[0]!.ticketId })).toMatchObject({ synced: false, usageId: '' });
  });
});

describe('guarantee end (R7)', () => {
  it('R7: an unused voucher is released to the merchant when its guarantee period ends, and paid after the payout days', async () => {
    harness.clock.set('2026-06-01T09:00:00+08:00');
    const order = newOrder(suite.merchant.merchantId, [1500, 500], now(), 10);
    await harness.deliver(...orderIssued(order), captured(order, now()), redeemed(order.tickets[1]!, now()));
    await harness.at('2026-06-11T08:59:00+08:00'); // a minute before the guarantee ends
    expect(await balances()).toMatchObject({ escrow: 1500 });
    await harness.at('2026-06-11T10:00:00+08:00'); // the expiry job's next run
    expect(await balances()).toMatchObject({ escrow: 0, merchant_payable: 2000, merchant_paid: 0 });
    await harness.at('2026-06-11T22:30:00+08:00'); // one bank sync makes both final
    await harness.at('2026-06-17T10:30:00+08:00');
    expect(await balances()).toMatchObject({ merchant_payable: 1500, merchant_paid: 500 });
    await harness.at('2026-06-18T10:30:00+08:00'); // guarantee end + payout days
    expect(await balances()).toEqual({ ...zero, processor_clearing: -2000, merchant_paid: 2000 });
    const ledger = await harness.settlement.ListLedgerEntries({ merchantId: '', account: 'merchant_payable', page: { limit: 50 } }, harness.as(suite.merchant.ownerToken));
    expect(ledger.entries.filter((entry) => entry.kind === 'guarantee_expiry')).toEqual([expect.objectContaining({ debit: '1500', ticketId: order.tickets[0]!.ticketId })]);
  });

  it('R7: a redemption past the guarantee end moves no money: it was released already', async () => {
    harness.clock.set('2026-07-01T09:00:00+08:00');
    const order = newOrder(suite.merchant.merchantId, [400], now(), 5);
    await harness.deliver(...orderIssued(order), captured(order, now()));
    await harness.at('2026-07-06T10:00:00+08:00');
    const before = await balances();
    expect(before).toMatchObject({ escrow: 0 });
    await harness.deliver(redeemed(order.tickets[0]!, now()));
    expect(await balances()).toEqual(before);
  });
});

describe('returns (R11)', () => {
  it('R11: inside the guarantee period the value goes to the buyer’s card refund, paid after the bank sync', async () => {
    harness.clock.set('2026-08-01T09:00:00+08:00');
    const order = newOrder(suite.merchant.merchantId, [1000, 300], now());
    const [back] = order.tickets;
    const returnEvent = returned(back!, now(), 'card');
    await harness.deliver(...orderIssued(order), captured(order, now()), returnEvent);
    expect(await balances()).toEqual({ ...zero, processor_clearing: -1300, escrow: 300, buyer_refund_payable: 1000 });

    await harness.at('2026-08-01T22:30:00+08:00');
    const synced = harness.emittedOf('settlement.usage_synced').find((event) => (event.data as { usageId: string }).usageId === usageIdOf(returnEvent));
    expect(synced?.data).toMatchObject({ usage: 'return', refund: 'card', amount: 1000, ticketId: back!.ticketId, orderId: order.orderId });

    await harness.deliver(refunded(back!, now()), refunded(back!, now()));
    expect(await balances()).toEqual({ ...zero, processor_clearing: -300, escrow: 300 });
  });

  it('R11: past the guarantee period the return is recorded as the merchant’s to settle: no platform money moves', async () => {
    harness.clock.set('2026-09-01T09:00:00+08:00');
    const order = newOrder(suite.merchant.merchantId, [2000], now(), 3);
    await harness.deliver(...orderIssued(order), captured(order, now()));
    await harness.at('2026-09-04T10:00:00+08:00');
    const before = await balances();
    expect(before).toMatchObject({ escrow: 0, merchant_payable: 2000 });
    await harness.deliver(returned(order.tickets[0]!, now(), 'merchant'));
    expect(await balances()).toEqual(before);
    const memo = await harness.settlement.GetBalances({ merchantId: '' }, harness.as(suite.merchant.ownerToken));
    expect(memo).toMatchObject({ merchantSettledRefunds: '2000', merchantSettledRefundCount: 1 });
  });

  it('a return made inside the guarantee period whose event arrives after the guarantee expiry released the money still refunds the card', async () => {
    harness.clock.set('2026-10-01T09:00:00+08:00');
    const order = newOrder(suite.merchant.merchantId, [700], now(), 2);
    const lateReturn = returned(order.tickets[0]!, new Date('2026-10-03T08:00:00+08:00'), 'card');
    await harness.deliver(...orderIssued(order), captured(order, now()));
    await harness.at('2026-10-03T10:00:00+08:00');
    expect(await balances()).toMatchObject({ merchant_payable: 700 });
    await harness.deliver(lateReturn);
    expect(await balances()).toEqual({ ...zero, processor_clearing: -700, buyer_refund_payable: 700 });
    await harness.at('2026-10-03T22:30:00+08:00');
    const synced = harness.emittedOf('settlement.usage_synced').filter((event) => (event.data as { ticketId: string }).ticketId === order.tickets[0]!.ticketId);
    expect(synced.map((event) => (event.data as { usage: string }).usage)).toEqual(['return']);
  });

  it('R30: a cancelled return puts the value back in escrow', async () => {
    harness.clock.set('2026-11-01T09:00:00+08:00');
    const order = newOrder(suite.merchant.merchantId, [650], now());
    const returnEvent = returned(order.tickets[0]!, now(), 'card');
    await harness.deliver(...orderIssued(order), captured(order, now()), returnEvent);
    await harness.deliver(returnCancelled(order.tickets[0]!, usageIdOf(returnEvent), now()));
    expect(await balances()).toEqual({ ...zero, processor_clearing: -650, escrow: 650 });
  });
});
