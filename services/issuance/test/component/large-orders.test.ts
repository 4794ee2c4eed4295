import { createPublicKey } from 'node:crypto';
import {
  orderIssuedV1,
  orderNotificationRequestedV1,
  ticketIssuedV1,
  type OrderIssuedV1,
  type OrderNotificationRequestedV1,
  type TicketIssuedV1,
} from '@ecticket/contracts';
import { outboxCollection, parseEvent, type EventContract } from '@ecticket/platform';
import type { z } from 'zod';
import { verifyTicketQrPayload } from '../../src';
import { orders, pickupCodes, tickets } from '../../src/infrastructure/collections';
import { IssuanceHarness, createProduct, eventually, newMerchant, paidOrder, pickupProduct, refusalOf, type TestMerchant } from '../support/harness';
import type { RecordedTransaction } from '../support/recording-store';

/*
 * An order holds at most 200 tickets (at most 100 per item). Issuing one must take a number of
 * store transactions and order-document writes that does not grow with its size: what matters is
 * time under the gateway's deadline, but tests never assert time, so these count the writes.
 */
const LARGEST_ORDER_TICKETS = 200;

const harness = new IssuanceHarness();
let merchant: TestMerchant;
let productId: string;

beforeAll(async () => {
  await harness.start();
  merchant = await newMerchant(harness);
  productId = (await createProduct(harness, merchant.ownerToken, pickupProduct)).id;
});
afterAll(() => harness.stop());

async function paidLargestOrder(): Promise<string> {
  const order = await paidOrder(harness, merchant, productId, { items: [{ productId, quantity: 100 }, { productId, quantity: 100 }] });
  return order.id;
}

function issueOrder(orderId: string) {
  return harness.call('IssueOrder', { orderId }, merchant.ownerToken);
}

const ISSUED_COLLECTIONS = new Set([orders.name, tickets.name, pickupCodes.name]);

/** The transactions that change what issuing changes: orders, tickets, pickup codes, or new outbox entries (not the relay's claims of them). */
function issuingTransactions(transactions: readonly RecordedTransaction[]): RecordedTransaction[] {
  return transactions.filter((transaction) =>
    transaction.some((operation) => ISSUED_COLLECTIONS.has(operation.collection) || (operation.collection === outboxCollection.name && operation.kind === 'insert')),
  );
}

/** How many operations of each kind and collection a transaction holds, e.g. `{ 'insert tickets': 200 }`. */
function operationCounts(transaction: RecordedTransaction): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { kind, collection } of transaction) {
    const key = `${kind} ${collection}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The one transaction issuing the largest order takes: its events are order.issued, one ticket.issued per ticket and the buyer's notification (R16.1). */
const LARGEST_ORDER_ISSUANCE = { 'update orders': 1, 'insert tickets': LARGEST_ORDER_TICKETS, 'insert outbox': LARGEST_ORDER_TICKETS + 2 };

async function eventsOfOrder<T>(contract: EventContract<z.ZodType<T>>, orderId: string): Promise<T[]> {
  const envelopes = await harness.outbox(contract.type);
  return envelopes.map((envelope) => parseEvent(contract, envelope).data).filter((data) => (data as { orderId: string }).orderId === orderId);
}

describe('issuing an order of 200 tickets, the most an order holds', () => {
  it('commits the order, all 200 tickets and their 202 events in one store transaction, writing the order document once', async () => {
    const orderId = await paidLargestOrder();
    const { result, transactions } = await harness.transactionsDuring(() => issueOrder(orderId));
    expect(result.tickets).toHaveLength(LARGEST_ORDER_TICKETS);
    expect(issuingTransactions(transactions).map(operationCounts)).toEqual([LARGEST_ORDER_ISSUANCE]);
  });

  it('issues every ticket: unique 16-character numbers and 18-character codes, signed QR payloads, all 202 events in the outbox, and the relay publishes them', async () => {
    const orderId = await paidLargestOrder();
    const { order, tickets: issued } = await issueOrder(orderId);
    expect(order).toMatchObject({ state: 'ORDER_STATE_ISSUED', ticketIds: issued.map((ticket) => ticket.id) });
    expect(issued).toHaveLength(LARGEST_ORDER_TICKETS);
    expect(new Set(issued.map((ticket) => ticket.ticketNumber)).size).toBe(LARGEST_ORDER_TICKETS);
    expect(new Set(issued.map((ticket) => ticket.redemptionCode)).size).toBe(LARGEST_ORDER_TICKETS);
    const { keys } = await harness.call('GetTicketVerificationKeys', {});
    const publicKeys = new Map(keys.map((key) => [key.kid, createPublicKey(key.publicKeyPem)]));
    for (const ticket of issued) {
      expect(ticket.ticketNumber).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
      expect(ticket.redemptionCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{18}$/);
      expect(verifyTicketQrPayload(ticket.qrPayload, publicKeys)).toMatchObject({ ticketNumber: ticket.ticketNumber, redemptionCode: ticket.redemptionCode });
    }
    expect(await harness.store.collection(tickets).count({ orderId })).toBe(LARGEST_ORDER_TICKETS);

    const ticketIds = [...(order?.ticketIds ?? [])].sort();
    const orderIssued = await eventsOfOrder<OrderIssuedV1>(orderIssuedV1, orderId);
    expect(orderIssued).toHaveLength(1);
    expect([...(orderIssued[0]?.ticketIds ?? [])].sort()).toEqual(ticketIds);
    expect(orderIssued[0]?.captureAmount).toBe(LARGEST_ORDER_TICKETS * (pickupProduct.faceValue ?? 0));
    const ticketEvents = await eventsOfOrder<TicketIssuedV1>(ticketIssuedV1, orderId);
    expect(ticketEvents.map((event) => event.ticketId).sort()).toEqual(ticketIds);
    const notifications = await eventsOfOrder<OrderNotificationRequestedV1>(orderNotificationRequestedV1, orderId);
    expect(notifications).toHaveLength(1);
    expect([...(notifications[0]?.ticketIds ?? [])].sort()).toEqual(ticketIds);

    const outbox = harness.store.collection(outboxCollection);
    await eventually(async () => ((await outbox.count({ status: 'pending' })) === 0 ? true : undefined));
  });

  it('issuing it again answers the same 200 tickets and writes nothing', async () => {
    const orderId = await paidLargestOrder();
    const first = await issueOrder(orderId);
    const { result: again, transactions } = await harness.transactionsDuring(() => issueOrder(orderId));
    expect(again.tickets.map((ticket) => ticket.ticketNumber)).toEqual(first.tickets.map((ticket) => ticket.ticketNumber));
    expect(issuingTransactions(transactions)).toEqual([]);
    expect(await eventsOfOrder(orderIssuedV1, orderId)).toHaveLength(1);
  });

  it('asked for the same order at once, issues it once; orders side by side each issue in one transaction of their own', async () => {
    const sameOrder = await paidLargestOrder();
    const answers = await Promise.all([1, 2, 3].map(() => issueOrder(sameOrder)));
    expect(new Set(answers.flatMap((answer) => answer.tickets.map((ticket) => ticket.id))).size).toBe(LARGEST_ORDER_TICKETS);
    expect(await harness.store.collection(tickets).count({ orderId: sameOrder })).toBe(LARGEST_ORDER_TICKETS);
    expect(await eventsOfOrder(ticketIssuedV1, sameOrder)).toHaveLength(LARGEST_ORDER_TICKETS);

    const sideBySide = await Promise.all([1, 2, 3].map(() => paidLargestOrder()));
    const { transactions } = await harness.transactionsDuring(() => Promise.all(sideBySide.map(issueOrder)));
    expect(issuingTransactions(transactions).map(operationCounts)).toEqual(sideBySide.map(() => LARGEST_ORDER_ISSUANCE));
  });

  it('R26.1: refused past its issuance window, it writes nothing and the order stays as it was', async () => {
    const orderId = await paidLargestOrder();
    const before = await harness.store.collection(orders).get(orderId);
    harness.clock.advanceDays(21);
    harness.clock.advance(1);
    const { result: refusal, transactions } = await harness.transactionsDuring(() => refusalOf(issueOrder(orderId)));
    expect(refusal).toMatchObject({ code: 'ISSUANCE_WINDOW_EXPIRED' });
    expect(issuingTransactions(transactions)).toEqual([]);
    expect(await harness.store.collection(orders).get(orderId)).toEqual(before);
    expect(await harness.store.collection(tickets).count({ orderId })).toBe(0);
  });
});
