import type { paymentV1 } from '@ecticket/contracts';
import { testTrades } from '../../src/infrastructure/collections';
import { PaymentHarness, eventually, newIntent, refusalOf } from '../support/harness';
import { LocalHttpServer } from '../support/http-servers';

const harness = new PaymentHarness();
const gateway = new LocalHttpServer(async ({ contentType, body }) => {
  const { reply } = await harness.client.HandleProcessorCallback({ processor: '', contentType, rawBody: body });
  return { status: 200, body: reply };
});

beforeAll(async () => {
  await gateway.start();
  await harness.start({ PAYMENT_CALLBACK_URL: gateway.url('/v1/payments/callback') });
});
afterAll(async () => {
  await harness.stop();
  await gateway.stop();
});

/** An order paid with a Taiwanese VISA card at the test processor. */
async function authorizedOrder(amount = 1200): Promise<paymentV1.PaymentIntent__Output> {
  const intent = await newIntent(harness, { amount });
  await harness.client.SubmitTestCard({ paymentId: intent.paymentId, cardNumber: '4311950000000002', expiryMonth: 12, expiryYear: 2028, cvv: '123', installments: 1 });
  await eventually(async () => ((await harness.client.GetPayment({ orderId: intent.orderId })).status === 'authorized' ? true : undefined));
  return intent;
}

function issued(intent: paymentV1.PaymentIntent__Output, captureAmount: number) {
  return { orderId: intent.orderId, merchantId: intent.merchantId, captureAmount, ticketIds: ['ticket-1', 'ticket-2'], issuedAt: harness.clock.now().toISOString() };
}

function abandoned(intent: paymentV1.PaymentIntent__Output, reason: 'abandoned' | 'issuance_window_expired') {
  return { orderId: intent.orderId, merchantId: intent.merchantId, reason, abandonedAt: harness.clock.now().toISOString() };
}

async function eventsOf(intent: paymentV1.PaymentIntent__Output, type: string) {
  return (await harness.outboxEvents(type)).filter((event) => (event.data as { orderId: string }).orderId === intent.orderId);
}

async function tradeOf(intent: paymentV1.PaymentIntent__Output) {
  return harness.service.store.collection(testTrades).findOne({ merchantTradeNo: intent.merchantTradeNo });
}

describe('capture on order.issued', () => {
  it('captures the issued tickets’ value once, even when the event is delivered twice', async () => {
    const intent = await authorizedOrder();
    const envelope = await harness.deliver('order.issued', issued(intent, 1000), intent.merchantId);
    await harness.eventBus.publish([envelope]);
    await harness.deliver('order.issued', issued(intent, 1000), intent.merchantId);
    await harness.drainEvents();

    expect(await harness.client.GetPayment({ orderId: intent.orderId })).toMatchObject({ status: 'captured', capturedAmount: 1000 });
    expect((await eventsOf(intent, 'payment.captured')).map((event) => event.data)).toEqual([expect.objectContaining({ paymentId: intent.paymentId, amount: 1000 })]);
    expect(await tradeOf(intent)).toMatchObject({ status: 'captured', capturedAmount: 1000 });
  });

  it('never captures more than the authorization: the event is refused and dead-lettered, nothing changes', async () => {
    const intent = await authorizedOrder(500);
    await harness.deliver('order.issued', issued(intent, 501), intent.merchantId);
    await harness.drainEvents();

    expect((await harness.client.GetPayment({ orderId: intent.orderId })).status).toBe('authorized');
    expect(await eventsOf(intent, 'payment.captured')).toHaveLength(0);
    expect(await tradeOf(intent)).toMatchObject({ status: 'authorized', capturedAmount: 0 });
    const dead = await harness.eventBus.deadLetters('payment');
    expect(dead.some((letter) => (letter.envelope.data as { orderId: string }).orderId === intent.orderId && letter.lastError?.includes('CAPTURE_EXCEEDS_AUTHORIZATION'))).toBe(true);
  });

  it('captures nothing for nothing to capture, nor for an order without a payment (gift vouchers only)', async () => {
    const intent = await authorizedOrder();
    await harness.deliver('order.issued', issued(intent, 0), intent.merchantId);
    await harness.deliver('order.issued', { ...issued(intent, 0), orderId: 'gift-only-order' }, intent.merchantId);
    await harness.drainEvents();
    expect((await harness.client.GetPayment({ orderId: intent.orderId })).status).toBe('authorized');
    expect(await eventsOf(intent, 'payment.captured')).toHaveLength(0);
  });
});

describe('void on order.abandoned', () => {
  it.each([
    ['R9: abandoned by the merchant', 'abandoned'],
    ['R10: the issuance window passed', 'issuance_window_expired'],
  ] as const)('%s: the authorization is voided once and the buyer never charged', async (_case, reason) => {
    const intent = await authorizedOrder();
    const envelope = await harness.deliver('order.abandoned', abandoned(intent, reason), intent.merchantId);
    await harness.eventBus.publish([envelope]);
    await harness.drainEvents();

    expect(await harness.client.GetPayment({ orderId: intent.orderId })).toMatchObject({ status: 'voided', capturedAmount: 0 });
    expect((await eventsOf(intent, 'payment.voided')).map((event) => event.data)).toEqual([expect.objectContaining({ reason, amount: 1200 })]);
    expect(await tradeOf(intent)).toMatchObject({ status: 'voided', capturedAmount: 0 });
  });

  it('R9: an order given up before it was paid closes its payment, which takes no card afterwards', async () => {
    const intent = await newIntent(harness);
    await harness.deliver('order.abandoned', abandoned(intent, 'abandoned'), intent.merchantId);
    await harness.drainEvents();
    expect((await harness.client.GetPayment({ orderId: intent.orderId })).status).toBe('failed');
    const late = harness.client.SubmitTestCard({ paymentId: intent.paymentId, cardNumber: '4311950000000002', expiryMonth: 12, expiryYear: 2028, cvv: '123', installments: 1 });
    expect((await refusalOf(late)).code).toBe('PAYMENT_NOT_PENDING');
  });
});

describe('R11: refunds per ticket', () => {
  async function capturedOrder(captureAmount: number): Promise<paymentV1.PaymentIntent__Output> {
    const intent = await authorizedOrder();
    await harness.deliver('order.issued', issued(intent, captureAmount), intent.merchantId);
    await harness.drainEvents();
    return intent;
  }

  it('R11: refunds part of the capture per ticket, idempotently, with one payment.refunded per ticket', async () => {
    const intent = await capturedOrder(1000);
    const request = { orderId: intent.orderId, ticketId: 'ticket-1', amount: 400, reason: 'returned within the guarantee period' };
    const first = await harness.client.Refund(request);
    const again = await harness.client.Refund(request);
    expect(first).toMatchObject({ ticketId: 'ticket-1', amount: 400, paymentStatus: 'partially_refunded', refundedTotal: 400 });
    expect(again).toMatchObject({ refundId: first.refundId, refundedAt: first.refundedAt, refundedTotal: 400 });

    const second = await harness.client.Refund({ ...request, ticketId: 'ticket-2', amount: 600 });
    expect(second).toMatchObject({ paymentStatus: 'refunded', refundedTotal: 1000 });
    expect((await eventsOf(intent, 'payment.refunded')).map((event) => event.data)).toEqual([
      expect.objectContaining({ ticketId: 'ticket-1', amount: 400, refundId: first.refundId }),
      expect.objectContaining({ ticketId: 'ticket-2', amount: 600 }),
    ]);
    expect(await tradeOf(intent)).toMatchObject({ refundedAmount: 1000 });
  });

  it('R11/R30: refunds a card return once the bank sync made it final, once however often the sync is announced', async () => {
    const intent = await capturedOrder(1000);
    const synced = (usage: 'return' | 'redemption', refund: 'card' | 'merchant', ticketId: string) => ({
      usageId: `usage-${ticketId}-${usage}`,
      usage,
      ticketId,
      orderId: intent.orderId,
      merchantId: intent.merchantId,
      amount: 500,
      refund,
      batchId: 'batch-1',
      syncedAt: harness.clock.now().toISOString(),
    });
    const cardReturn = await harness.deliver('settlement.usage_synced', synced('return', 'card', 'ticket-1'), intent.merchantId);
    await harness.eventBus.publish([cardReturn]);
    await harness.deliver('settlement.usage_synced', synced('return', 'merchant', 'ticket-2'), intent.merchantId);
    await harness.deliver('settlement.usage_synced', synced('redemption', 'card', 'ticket-3'), intent.merchantId);
    await harness.drainEvents();

    expect(await harness.client.GetPayment({ orderId: intent.orderId })).toMatchObject({ status: 'partially_refunded', refundedAmount: 500 });
    expect((await eventsOf(intent, 'payment.refunded')).map((event) => event.data)).toEqual([expect.objectContaining({ ticketId: 'ticket-1', amount: 500 })]);
  });

  it('R11: never refunds more than the capture, even when asked concurrently; a refund queued behind another is made without being asked again', async () => {
    const intent = await capturedOrder(1000);
    const tickets = ['ticket-a', 'ticket-b', 'ticket-c'];
    const refunds = await Promise.allSettled(tickets.map((ticketId) => harness.client.Refund({ orderId: intent.orderId, ticketId, amount: 400, reason: '' })));
    const codes = refunds.map((refund) => (refund.status === 'rejected' ? (refund.reason as { code: string }).code : 'REFUNDED'));
    expect(codes.filter((code) => code === 'REFUND_EXCEEDS_CAPTURE')).toHaveLength(1);
    expect(codes.every((code) => ['REFUNDED', 'REFUND_IN_PROGRESS', 'REFUND_EXCEEDS_CAPTURE'].includes(code))).toBe(true);
    expect((await harness.client.GetPayment({ orderId: intent.orderId })).refundedAmount).toBe(800);
    const accepted = tickets.filter((_ticketId, index) => codes[index] !== 'REFUND_EXCEEDS_CAPTURE');
    for (const ticketId of accepted) expect(await harness.client.Refund({ orderId: intent.orderId, ticketId, amount: 400, reason: '' })).toMatchObject({ ticketId, amount: 400 });
    expect((await refusalOf(harness.client.Refund({ orderId: intent.orderId, ticketId: 'ticket-d', amount: 201, reason: '' }))).code).toBe('REFUND_EXCEEDS_CAPTURE');
    expect(await eventsOf(intent, 'payment.refunded')).toHaveLength(2);
  });

  it('R11: refunds a ticket once when asked for it twice at the same time', async () => {
    const intent = await capturedOrder(1000);
    const request = { orderId: intent.orderId, ticketId: 'ticket-1', amount: 300, reason: '' };
    const outcomes = await Promise.allSettled([harness.client.Refund(request), harness.client.Refund(request)]);
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(refused.map((outcome) => (outcome.reason as { code: string }).code)).toEqual(refused.length ? ['REFUND_IN_PROGRESS'] : []);
    expect((await harness.client.Refund(request)).refundedTotal).toBe(300);
    expect(await eventsOf(intent, 'payment.refunded')).toHaveLength(1);
    expect(await tradeOf(intent)).toMatchObject({ refundedAmount: 300 });
  });

  it('refuses another amount for a ticket refunded already, and a payment not captured', async () => {
    const intent = await capturedOrder(1000);
    await harness.client.Refund({ orderId: intent.orderId, ticketId: 'ticket-1', amount: 100, reason: '' });
    expect((await refusalOf(harness.client.Refund({ orderId: intent.orderId, ticketId: 'ticket-1', amount: 200, reason: '' }))).code).toBe('REFUND_MISMATCH');
    const uncaptured = await authorizedOrder();
    expect((await refusalOf(harness.client.Refund({ orderId: uncaptured.orderId, ticketId: 'ticket-1', amount: 100, reason: '' }))).code).toBe('PAYMENT_NOT_CAPTURED');
    expect((await refusalOf(harness.client.Refund({ orderId: 'no-such-order', ticketId: 'ticket-1', amount: 100, reason: '' }))).code).toBe('PAYMENT_NOT_FOUND');
  });
});
