import { migrateLegacyRefunds } from '../../src/application/money-actions';
import { refundTicket, requestTicketRefund } from '../../src/application/refund-ticket';
import { captureIssuedOrder, voidAbandonedOrder } from '../../src/application/settle-order';
import { captureIdOf, refundIdOf, voidIdOf, type MoneyAction } from '../../src/domain/money-action';
import type { Payment } from '../../src/domain/payment';
import { legacyRefunds, moneyActions, payments } from '../../src/infrastructure/collections';
import { MoneyWorld, sentMark, successWrite } from '../support/money-world';

const world = new MoneyWorld();
beforeAll(() => world.start());
afterAll(() => world.stop());

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).message;
  }
  throw new Error('expected the call to be refused');
}

/** The money actions handed to the processor for a payment. */
function handed(payment: Payment, kind: MoneyAction['kind']): MoneyAction[] {
  return world.processor.handedOf(kind).filter((action) => action.paymentId === payment.id);
}

function capture(payment: Payment, captureAmount = 1000) {
  return captureIssuedOrder(world.deps, { orderId: payment.orderId, captureAmount });
}

function voidOrder(payment: Payment) {
  return voidAbandonedOrder(world.deps, { orderId: payment.orderId, reason: 'abandoned' });
}

function refund(payment: Payment, ticketId: string, amount: number) {
  return refundTicket(world.deps, { orderId: payment.orderId, ticketId, amount, reason: 'returned within the guarantee period' });
}

async function capturedPayment(captureAmount = 1000): Promise<Payment> {
  const payment = await world.authorizedPayment();
  await capture(payment, captureAmount);
  return world.payment(payment.id);
}

interface CrashCase {
  readonly prepare: () => Promise<Payment>;
  readonly act: (payment: Payment) => Promise<unknown>;
  readonly kind: MoneyAction['kind'];
  readonly actionId: (payment: Payment) => string;
  readonly event: string;
  readonly after: Partial<Payment>;
}

const crashCases: readonly [string, CrashCase][] = [
  [
    'R4: a capture',
    { prepare: () => world.authorizedPayment(), act: (payment) => capture(payment), kind: 'capture', actionId: (payment) => captureIdOf(payment.id), event: 'payment.captured', after: { status: 'captured', capturedAmount: 1000 } },
  ],
  [
    'R9: a void',
    { prepare: () => world.authorizedPayment(), act: voidOrder, kind: 'void', actionId: (payment) => voidIdOf(payment.id), event: 'payment.voided', after: { status: 'voided', capturedAmount: 0 } },
  ],
  [
    'R11: a refund',
    {
      prepare: () => capturedPayment(1000),
      act: (payment) => refund(payment, 'ticket-1', 400),
      kind: 'refund',
      actionId: (payment) => refundIdOf(payment.id, 'ticket-1'),
      event: 'payment.refunded',
      after: { status: 'partially_refunded', refundedAmount: 400 },
    },
  ],
];

describe('a crash after the processor answered and before our commit', () => {
  it.each(crashCases)('%s is recorded by the recovery job from the processor’s record of the trade, never sent twice', async (_case, { prepare, act, kind, actionId, event, after }) => {
    const payment = await prepare();
    const lookUps = world.processor.lookUps;
    world.store.crashOnce(successWrite);

    expect(await codeOf(act(payment))).toBe('the process died here');
    expect(await world.action(actionId(payment))).toMatchObject({ state: 'requested', sends: 1, sentAt: expect.any(String) });
    expect(await world.payment(payment.id)).toMatchObject({ openActions: [expect.objectContaining({ id: actionId(payment) })] });
    expect(await world.events(event, payment.id)).toHaveLength(0);
    // Asked again while the lease of the dead attempt lasts: nothing is sent.
    await act(payment).catch(() => undefined);
    expect(handed(payment, kind)).toHaveLength(1);

    expect(await world.recover()).toEqual(['payment.recover-money-actions']);
    expect(await world.payment(payment.id)).toMatchObject({ ...after, openActions: [] });
    expect(await world.action(actionId(payment))).toMatchObject({ state: 'succeeded', sends: 1 });
    expect(handed(payment, kind)).toHaveLength(1);
    expect(world.processor.lookUps).toBe(lookUps + 1);
    expect(await world.events(event, payment.id)).toHaveLength(1);

    // Asked once more after it was recorded: still one action, one event.
    await act(payment);
    expect(handed(payment, kind)).toHaveLength(1);
    expect(await world.events(event, payment.id)).toHaveLength(1);
  });
});

describe('a crash before the processor was called', () => {
  it('R9: a void whose intent was recorded but never handed over is sent exactly once by the recovery job', async () => {
    const payment = await world.authorizedPayment();
    const lookUps = world.processor.lookUps;
    world.store.crashOnce(sentMark);

    expect(await codeOf(voidOrder(payment))).toBe('the process died here');
    expect(await world.action(voidIdOf(payment.id))).toMatchObject({ state: 'requested', sentAt: null, sends: 0 });
    expect(await world.trade(payment)).toMatchObject({ status: 'authorized' });

    await world.recover();
    expect(await world.payment(payment.id)).toMatchObject({ status: 'voided', voidReason: 'abandoned', openActions: [] });
    expect(await world.trade(payment)).toMatchObject({ status: 'voided' });
    expect(handed(payment, 'void')).toHaveLength(1);
    // Never handed over, so there was nothing to look up first.
    expect(world.processor.lookUps).toBe(lookUps);
    expect(await world.events('payment.voided', payment.id)).toHaveLength(1);
  });

  it('R11: a refund handed over that never reached the processor is looked up, found not made, and sent once more; the money moves once', async () => {
    const payment = await capturedPayment(1000);
    world.processor.nextActions('unreachable');

    expect(await requestTicketRefund(world.deps, { orderId: payment.orderId, ticketId: 'ticket-1', amount: 250, reason: '' })).toMatchObject({ state: 'requested', sends: 1 });
    expect(await codeOf(refund(payment, 'ticket-1', 250))).toBe('REFUND_IN_PROGRESS');
    expect(await world.trade(payment)).toMatchObject({ refundedAmount: 0 });

    await world.recover();
    expect(await refund(payment, 'ticket-1', 250)).toMatchObject({ refund: { state: 'succeeded', sends: 2 }, payment: { refundedAmount: 250 } });
    expect(handed(payment, 'refund')).toHaveLength(2);
    expect(await world.trade(payment)).toMatchObject({ refundedAmount: 250 });
    expect(await world.events('payment.refunded', payment.id)).toHaveLength(1);
  });
});

describe('duplicates', () => {
  it('R11: the same ticket’s refund asked for ten times at once reaches the processor once', async () => {
    const payment = await capturedPayment(1000);
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => refund(payment, 'ticket-1', 300)));
    const refusals = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(new Set(refusals.map((outcome) => (outcome.reason as { code: string }).code))).toEqual(new Set(refusals.length ? ['REFUND_IN_PROGRESS'] : []));

    expect(await refund(payment, 'ticket-1', 300)).toMatchObject({ payment: { refundedAmount: 300 } });
    expect(handed(payment, 'refund')).toHaveLength(1);
    expect(await world.trade(payment)).toMatchObject({ refundedAmount: 300 });
    expect(await world.events('payment.refunded', payment.id)).toHaveLength(1);
  });

  it('R4: order.issued delivered five times at once captures once', async () => {
    const payment = await world.authorizedPayment();
    await Promise.all(Array.from({ length: 5 }, () => capture(payment, 900)));
    await world.recover();
    expect(await world.payment(payment.id)).toMatchObject({ status: 'captured', capturedAmount: 900 });
    expect(handed(payment, 'capture')).toHaveLength(1);
    expect(await world.events('payment.captured', payment.id)).toHaveLength(1);
  });
});

describe('payments stored before money actions were recorded', () => {
  it('R4: a payment without the open-actions list (none were open) is captured as any other', async () => {
    const payment = await world.authorizedPayment();
    await world.store.collection(payments).updateOne({ id: payment.id }, { $unset: ['openActions'] });
    await capture(payment, 1000);
    expect(await world.payment(payment.id)).toMatchObject({ status: 'captured', capturedAmount: 1000, openActions: [] });
    expect(handed(payment, 'capture')).toHaveLength(1);
  });
});

describe('paid just as the order was abandoned unpaid', () => {
  it('R9: the authorization that arrives after the checkout closed is recorded and voided at the processor; nothing is issued for it', async () => {
    const { payment, notify } = await world.paidAtTheProcessor(800);
    await voidAbandonedOrder(world.deps, { orderId: payment.orderId, reason: 'abandoned' });
    expect(await world.payment(payment.id)).toMatchObject({ status: 'failed', voidReason: 'abandoned' });

    expect(await notify()).toBe('1|OK');
    expect(await world.payment(payment.id)).toMatchObject({ status: 'authorized', openActions: [{ kind: 'void', amount: 800 }] });
    await world.recover();
    expect(await world.payment(payment.id)).toMatchObject({ status: 'voided', openActions: [] });
    expect(handed(payment, 'void')).toHaveLength(1);
    expect(await world.trade(payment)).toMatchObject({ status: 'voided', capturedAmount: 0 });
    expect(await world.events('payment.authorized', payment.id)).toHaveLength(0);
    expect(await world.events('payment.voided', payment.id)).toHaveLength(1);

    expect(await notify()).toBe('1|OK');
    await world.recover();
    expect(handed(payment, 'void')).toHaveLength(1);
  });
});

describe('refunds recorded before money actions', () => {
  it('R11: one paid back is answered, never paid again; one left requested is looked up first, then sent once', async () => {
    const payment = await capturedPayment(1000);
    // What the earlier version left: ticket-a paid back (on the payment and at the processor) and
    // recorded only in `refunds`; ticket-b asked for, its outcome unknown.
    const paidBack = (await refund(payment, 'ticket-a', 300)).refund;
    await world.store.collection(moneyActions).deleteMany({ id: paidBack.id });
    const legacy = { paymentId: payment.id, orderId: payment.orderId, merchantId: payment.merchantId, reason: 'returned', requestedAt: paidBack.requestedAt };
    await world.store.collection(legacyRefunds).insert({ ...legacy, id: paidBack.id, ticketId: 'ticket-a', amount: 300, status: 'refunded', refundedAt: paidBack.settledAt });
    await world.store.collection(legacyRefunds).insert({ ...legacy, id: refundIdOf(payment.id, 'ticket-b'), ticketId: 'ticket-b', amount: 200, status: 'requested', refundedAt: null });

    // One whose payment is gone is left alone rather than stopping the service from starting.
    await world.store.collection(legacyRefunds).insert({ ...legacy, id: 'orphan', paymentId: 'no-such-payment', ticketId: 'ticket-x', amount: 1, status: 'requested', refundedAt: null });

    expect(await migrateLegacyRefunds(world.deps)).toBe(2);
    expect((await world.store.collection(legacyRefunds).find({})).map((row) => row.id)).toEqual(['orphan']);
    expect(await migrateLegacyRefunds(world.deps)).toBe(0);
    expect(await refund(payment, 'ticket-a', 300)).toMatchObject({ refund: { state: 'succeeded' }, payment: { refundedAmount: 300 } });
    expect((await world.payment(payment.id)).openActions).toEqual([{ id: refundIdOf(payment.id, 'ticket-b'), kind: 'refund', amount: 200 }]);

    const lookUps = world.processor.lookUps;
    await world.recover();
    expect(world.processor.lookUps).toBeGreaterThan(lookUps);
    expect(await world.payment(payment.id)).toMatchObject({ refundedAmount: 500, openActions: [] });
    expect(handed(payment, 'refund')).toHaveLength(2);
    expect(await world.trade(payment)).toMatchObject({ refundedAmount: 500 });
  });
});

describe('limits', () => {
  it('R11: refunds never exceed the capture, counting a refund whose outcome is still unknown; the next one waits its turn', async () => {
    const payment = await capturedPayment(1000);
    world.processor.nextActions('answer-lost');
    expect(await codeOf(refund(payment, 'ticket-a', 600))).toBe('REFUND_IN_PROGRESS');
    expect(await world.payment(payment.id)).toMatchObject({ refundedAmount: 0 });

    expect(await codeOf(refund(payment, 'ticket-b', 500))).toBe('REFUND_EXCEEDS_CAPTURE');
    expect(await codeOf(refund(payment, 'ticket-c', 400))).toBe('REFUND_IN_PROGRESS');
    // While the first refund's outcome is unknown nothing else of the payment reaches the processor.
    expect(handed(payment, 'refund').map((action) => action.amount)).toEqual([600]);

    await world.recover();
    expect(await world.payment(payment.id)).toMatchObject({ status: 'refunded', refundedAmount: 1000, openActions: [] });
    expect(handed(payment, 'refund').map((action) => action.amount)).toEqual([600, 400]);
    expect(await world.trade(payment)).toMatchObject({ refundedAmount: 1000 });
    expect((await world.events('payment.refunded', payment.id)).map((event) => event.data)).toEqual([
      expect.objectContaining({ ticketId: 'ticket-a', amount: 600 }),
      expect.objectContaining({ ticketId: 'ticket-c', amount: 400 }),
    ]);
  });

  it('R4: a capture never exceeds the authorization, and nothing is asked of the processor for it', async () => {
    const payment = await world.authorizedPayment(500);
    expect(await codeOf(capture(payment, 501))).toBe('CAPTURE_EXCEEDS_AUTHORIZATION');
    expect(await world.action(captureIdOf(payment.id))).toBeNull();
    expect(handed(payment, 'capture')).toHaveLength(0);
  });

  it('R9/R4: a void asked for while a capture’s outcome is unknown is refused for now and never sent; once captured, for good', async () => {
    const payment = await world.authorizedPayment();
    world.processor.nextActions('answer-lost');
    await capture(payment);
    expect(await codeOf(voidOrder(payment))).toBe('PAYMENT_ACTION_IN_PROGRESS');

    await world.recover();
    expect(await world.payment(payment.id)).toMatchObject({ status: 'captured', capturedAmount: 1000 });
    expect(await codeOf(voidOrder(payment))).toBe('PAYMENT_ALREADY_CAPTURED');
    expect(handed(payment, 'void')).toHaveLength(0);
    expect(handed(payment, 'capture')).toHaveLength(1);
  });

  it('R11: a refund the processor refused is recorded failed and frees its share of the capture; asked again, it is made', async () => {
    const payment = await capturedPayment(1000);
    world.processor.nextActions('refused');
    expect(await codeOf(refund(payment, 'ticket-1', 1000))).toBe('PROCESSOR_REFUSED');
    expect(await world.action(refundIdOf(payment.id, 'ticket-1'))).toMatchObject({ state: 'failed', failure: 'the test processor said no' });
    expect(await world.payment(payment.id)).toMatchObject({ refundedAmount: 0, openActions: [] });

    expect(await refund(payment, 'ticket-1', 1000)).toMatchObject({ refund: { state: 'succeeded', sends: 2 }, payment: { status: 'refunded' } });
    expect(await world.trade(payment)).toMatchObject({ refundedAmount: 1000 });
  });
});
