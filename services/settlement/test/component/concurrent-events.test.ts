import type { EventEnvelope } from '@ecticket/platform';
import { tickets } from '../../src/infrastructure/collections';
import {
  captured,
  newOrder,
  orderIssued,
  redeemed,
  redemptionCancelled,
  returnCancelled,
  returned,
  shuffled,
  usageIdOf,
  type TestOrder,
  type TestTicket,
} from '../support/events';
import { settlementSuite } from '../support/harness';

/**
 * An order's tickets are issued together and their events arrive together: a bus with many
 * deliveries in flight hands settlement all of them at once. Each delivery must succeed on its own
 * (the bus's redeliveries are not counted on), and none may be lost.
 */

const suite = settlementSuite({ merchantPerTest: true });
const { harness } = suite;

const TICKETS_PER_ORDER = 50;
const now = () => harness.clock.now();
const zero = { processor_clearing: 0, escrow: 0, merchant_payable: 0, merchant_paid: 0, buyer_refund_payable: 0 };

async function balances(): Promise<Record<string, number>> {
  const response = await harness.settlement.GetBalances({ merchantId: '' }, harness.as(suite.merchant.ownerToken));
  return Object.fromEntries(response.accounts.map((row) => [row.account, Number(row.balance)]));
}

function recordedTicketCount(order: TestOrder): Promise<number> {
  return harness.service.store.collection(tickets).count({ orderId: order.orderId });
}

function voucherOrder(): TestOrder {
  return newOrder(suite.merchant.merchantId, Array.from({ length: TICKETS_PER_ORDER }, (_, index) => 100 + index), now());
}

async function expectAllHeldInEscrow(order: TestOrder): Promise<void> {
  expect(await recordedTicketCount(order)).toBe(TICKETS_PER_ORDER);
  expect(await balances()).toEqual({ ...zero, processor_clearing: -order.amount, escrow: order.amount });
  expect(await harness.invariants(suite.merchant.merchantId)).toMatchObject({
    ok: true,
    escrowBalance: String(order.amount),
    escrowedFaceValue: String(order.amount),
    escrowedTicketCount: TICKETS_PER_ORDER,
  });
}

describe('the tickets of one order arriving at once', () => {
  it('T13/R4: 50 pickup vouchers of a captured order issued at once are every one held in escrow', async () => {
    const order = voucherOrder();
    await harness.deliver(captured(order, now()));
    await harness.handleAtOnce(orderIssued(order));
    await expectAllHeldInEscrow(order);
  });

  it('T13/R4: 50 pickup vouchers issued at once with their order’s capture among them are every one held in escrow', async () => {
    const order = voucherOrder();
    const issued = orderIssued(order);
    await harness.handleAtOnce([...issued.slice(0, 25), captured(order, now()), ...issued.slice(25)]);
    await expectAllHeldInEscrow(order);
  });

  it('T13/R1: 50 gift vouchers of one order issued at once are every one recorded, and hold nothing', async () => {
    const order = newOrder(suite.merchant.merchantId, Array.from({ length: TICKETS_PER_ORDER }, () => 0), now());
    await harness.handleAtOnce(orderIssued(order));
    expect(await recordedTicketCount(order)).toBe(TICKETS_PER_ORDER);
    expect(await balances()).toEqual(zero);
  });

  it('T13/R4/R6/R11/R30: every ticket’s issue, redemption, return and cancellation, each delivered twice, all at once, settle as if they came one by one', async () => {
    const order = voucherOrder();
    const fates = [keep, redeem, giveBack, redeemByMistake, giveBackByMistake];
    const expected = { ...zero, processor_clearing: -order.amount };
    const usageEvents = order.tickets.flatMap((ticket, index) => {
      const fate = fates[index % fates.length] ?? keep;
      const { events, account } = fate(ticket);
      expected[account] += ticket.faceValue;
      return events;
    });
    const events = [...orderIssued(order), captured(order, now()), ...usageEvents];
    await harness.handleAtOnce(shuffled([...events, ...events], 7));
    expect(await recordedTicketCount(order)).toBe(TICKETS_PER_ORDER);
    expect(await balances()).toEqual(expected);
  });

  it('T13/R30: one voucher redeemed and returned by mistake again and again, every event delivered twice, all at once, ends back in escrow', async () => {
    const order = newOrder(suite.merchant.merchantId, [800], now());
    const [ticket] = order.tickets as [TestTicket];
    const mistakes = Array.from({ length: 5 }, () => [...redeemByMistake(ticket).events, ...giveBackByMistake(ticket).events]).flat();
    const events = [...orderIssued(order), captured(order, now()), ...mistakes];
    await harness.handleAtOnce(shuffled([...events, ...events], 11));
    expect(await balances()).toEqual({ ...zero, processor_clearing: -800, escrow: 800 });
  });
});

/** A ticket's usage events, and the account its face value ends in once they are all settled. */
interface Fate {
  readonly events: EventEnvelope[];
  readonly account: 'escrow' | 'merchant_payable' | 'buyer_refund_payable';
}

function keep(): Fate {
  return { events: [], account: 'escrow' };
}

function redeem(ticket: TestTicket): Fate {
  return { events: [redeemed(ticket, now())], account: 'merchant_payable' };
}

function giveBack(ticket: TestTicket): Fate {
  return { events: [returned(ticket, now(), 'card')], account: 'buyer_refund_payable' };
}

function redeemByMistake(ticket: TestTicket): Fate {
  const redemption = redeemed(ticket, now());
  return { events: [redemption, redemptionCancelled(ticket, usageIdOf(redemption), now())], account: 'escrow' };
}

function giveBackByMistake(ticket: TestTicket): Fate {
  const returnEvent = returned(ticket, now(), 'card');
  return { events: [returnEvent, returnCancelled(ticket, usageIdOf(returnEvent), now())], account: 'escrow' };
}
