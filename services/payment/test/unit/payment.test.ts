import { newId } from '@ecticket/platform';
import { applyNotice, type ProcessorNotice } from '../../src/domain/notice';
import { assertSameIntent, capturePayment, merchantTradeNoOf, newPayment, voidPayment, type Payment } from '../../src/domain/payment';
import {
  captureIdOf,
  failAction,
  findingOf,
  refundIdOf,
  requestCapture,
  requestRefund,
  requestVoid,
  succeedAction,
  type MoneyAction,
  type ProcessorTrade,
} from '../../src/domain/money-action';

const now = new Date('2026-03-01T09:00:00.000Z');
const paymentId = '3f1c2b9e-7a4d-4c1e-9b8a-0d2e6f4a5b7c';

function pending(overrides: Partial<Parameters<typeof newPayment>[0]> = {}): Payment {
  return newPayment({ id: paymentId, orderId: 'order-1', merchantId: 'merchant-1', merchantName: 'Tea House', amount: 1200, description: 'Tea', processor: 'test', now, ...overrides });
}

const notice = (overrides: Partial<ProcessorNotice> = {}): ProcessorNotice => ({
  merchantTradeNo: merchantTradeNoOf(paymentId),
  processorTradeNo: '2603011700001234',
  amount: 1200,
  outcome: 'paid',
  message: '交易成功',
  ...overrides,
});

function authorized(): Payment {
  const result = applyNotice(pending(), notice(), now);
  if (result.kind !== 'applied') throw new Error('not authorized');
  return result.transition.payment;
}

function captured(amount = 1000): Payment {
  const transition = capturePayment(authorized(), amount, now);
  if (!transition) throw new Error('not captured');
  return transition.payment;
}

const codeOf = (work: () => unknown): string => {
  try {
    work();
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected a refusal');
};

describe('a new payment', () => {
  it('gets a MerchantTradeNo of at most 20 letters and digits from the random end of its id', () => {
    const tradeNo = merchantTradeNoOf(paymentId);
    expect(tradeNo).toMatch(/^[A-Za-z0-9]{1,20}$/);
    expect(tradeNo).toBe(`EP${paymentId.replace(/-/g, '').slice(-18).toUpperCase()}`);
    // Ids made in one millisecond share their first digits (UUID v7): their trade numbers must not.
    const sameMillisecond = Array.from({ length: 2000 }, () => merchantTradeNoOf(newId()));
    expect(new Set(sameMillisecond).size).toBe(sameMillisecond.length);
    expect(pending()).toMatchObject({ status: 'pending', merchantTradeNo: tradeNo, capturedAmount: 0, refundedAmount: 0 });
  });

  it.each([
    ['a zero amount', { amount: 0 }],
    ['a fractional amount', { amount: 10.5 }],
    ['an empty description', { description: ' ' }],
    ['an order id with spaces', { orderId: 'order 1' }],
  ])('is refused with %s', (_case, overrides) => {
    expect(codeOf(() => pending(overrides))).toBe('INVALID_FIELD');
  });

  it('R8: may be asked for again only with the same amount and merchant', () => {
    expect(() => assertSameIntent(pending(), pending({ id: 'another-id' }))).not.toThrow();
    expect(codeOf(() => assertSameIntent(pending(), pending({ amount: 1300 })))).toBe('PAYMENT_INTENT_MISMATCH');
    expect(codeOf(() => assertSameIntent(pending(), pending({ merchantId: 'merchant-2' })))).toBe('PAYMENT_INTENT_MISMATCH');
  });
});

describe('processor notices', () => {
  it('authorize a pending payment once, with its payment.authorized event', () => {
    const result = applyNotice(pending(), notice(), now);
    expect(result).toMatchObject({ kind: 'applied', transition: { payment: { status: 'authorized', processorTradeNo: '2603011700001234' } } });
    expect(result.kind === 'applied' && result.transition.event?.contract.type).toBe('payment.authorized');
    expect(applyNotice(authorized(), notice({ message: 'paid' }), now)).toEqual({ kind: 'acknowledged', note: 'duplicate' });
  });

  it('are rejected when TradeAmt is not the amount, whatever the state', () => {
    expect(applyNotice(pending(), notice({ amount: 1 }), now)).toEqual({ kind: 'rejected', reason: 'TradeAmt mismatch' });
    expect(applyNotice(authorized(), notice({ amount: 1 }), now)).toEqual({ kind: 'rejected', reason: 'TradeAmt mismatch' });
  });

  it('fail a pending payment when declined, with payment.failed', () => {
    const result = applyNotice(pending(), notice({ outcome: 'declined', message: 'card declined' }), now);
    expect(result).toMatchObject({ kind: 'applied', transition: { payment: { status: 'failed', failureReason: 'card declined' } } });
    expect(result.kind === 'applied' && result.transition.event?.contract.type).toBe('payment.failed');
  });

  it('record a simulated payment (SimulatePaid=1) without an event, leaving the payment pending', () => {
    const result = applyNotice(pending(), notice({ outcome: 'simulated' }), now);
    expect(result).toMatchObject({ kind: 'applied', transition: { event: null, payment: { status: 'pending', simulatedPaymentAt: now.toISOString() } } });
  });

  it('R9: paid for a payment its order’s abandonment closed is an authorization to release at once, never one to issue for', () => {
    const closed = voidPayment(pending(), 'abandoned', now)?.payment as Payment;
    expect(applyNotice(closed, notice(), now)).toMatchObject({ kind: 'release', reason: 'abandoned', payment: { status: 'authorized', failureReason: null } });
  });

  it('paid for a payment declined before, or for another trade, is superseded, never an authorization', () => {
    const declined = applyNotice(pending(), notice({ outcome: 'declined', message: 'insufficient funds' }), now);
    if (declined.kind !== 'applied') throw new Error('expected the decline applied');
    expect(applyNotice(declined.transition.payment, notice(), now)).toEqual({ kind: 'acknowledged', note: 'superseded' });
    expect(applyNotice(authorized(), notice({ processorTradeNo: 'another-trade' }), now)).toEqual({ kind: 'acknowledged', note: 'superseded' });
  });
});

describe('capture', () => {
  it('captures what was issued, at most the authorization, with payment.captured', () => {
    const transition = capturePayment(authorized(), 1000, now);
    expect(transition?.payment).toMatchObject({ status: 'captured', capturedAmount: 1000 });
    expect(transition?.event?.data).toMatchObject({ amount: 1000, orderId: 'order-1' });
  });

  it('never captures more than the authorization', () => {
    expect(codeOf(() => capturePayment(authorized(), 1201, now))).toBe('CAPTURE_EXCEEDS_AUTHORIZATION');
  });

  it('does nothing for a payment captured already, or for nothing to capture', () => {
    expect(capturePayment(captured(), 1000, now)).toBeNull();
    expect(capturePayment(authorized(), 0, now)).toBeNull();
  });

  it('refuses a payment that is not authorized', () => {
    expect(codeOf(() => capturePayment(pending(), 100, now))).toBe('PAYMENT_NOT_AUTHORIZED');
  });
});

describe('void', () => {
  it.each(['abandoned', 'issuance_window_expired'] as const)('R9/R10: voids an authorization (%s) with payment.voided', (reason) => {
    const transition = voidPayment(authorized(), reason, now);
    expect(transition?.payment).toMatchObject({ status: 'voided', voidReason: reason });
    expect(transition?.event?.data).toMatchObject({ reason, amount: 1200 });
  });

  it('R9: closes a payment still pending as failed, so it cannot be paid any more', () => {
    expect(voidPayment(pending(), 'abandoned', now)?.payment.status).toBe('failed');
  });

  it('does nothing twice, and refuses a captured payment', () => {
    const voided = voidPayment(authorized(), 'abandoned', now)?.payment as Payment;
    expect(voidPayment(voided, 'abandoned', now)).toBeNull();
    expect(codeOf(() => voidPayment(captured(), 'abandoned', now))).toBe('PAYMENT_ALREADY_CAPTURED');
  });
});

function planned<T>(request: T | null): T {
  if (!request) throw new Error('nothing requested');
  return request;
}

/** The payment once the action was requested and the processor did it. */
function succeeded(request: { action: MoneyAction; payment: Payment } | null): Payment {
  const { action, payment } = planned(request);
  return succeedAction(payment, action, now).transition.payment;
}

describe('money actions', () => {
  const refund = { ticketId: 'ticket-1', amount: 400, reason: 'returned' };

  it('R4: a capture is requested at most up to the authorization, and recorded with payment.captured once done', () => {
    const request = planned(requestCapture(authorized(), 1000, now));
    expect(request.action).toMatchObject({ id: captureIdOf(paymentId), kind: 'capture', amount: 1000, state: 'requested', sentAt: null, sends: 0 });
    expect(request.payment).toMatchObject({ status: 'authorized', openActions: [{ id: captureIdOf(paymentId), kind: 'capture', amount: 1000 }] });
    const done = succeedAction(request.payment, request.action, now);
    expect(done.transition.payment).toMatchObject({ status: 'captured', capturedAmount: 1000, openActions: [] });
    expect(done.transition.event?.contract.type).toBe('payment.captured');
    expect(done.action).toMatchObject({ state: 'succeeded', settledAt: now.toISOString() });
    expect(codeOf(() => requestCapture(authorized(), 1201, now))).toBe('CAPTURE_EXCEEDS_AUTHORIZATION');
    expect(requestCapture(captured(), 1000, now)).toBeNull();
  });

  it('R9/R4: capture and void exclude each other while one is open', () => {
    const capturing = planned(requestCapture(authorized(), 1000, now)).payment;
    expect(codeOf(() => requestVoid(capturing, 'abandoned', now))).toBe('PAYMENT_ACTION_IN_PROGRESS');
    const voiding = planned(requestVoid(authorized(), 'abandoned', now)).payment;
    expect(codeOf(() => requestCapture(voiding, 1000, now))).toBe('PAYMENT_ACTION_IN_PROGRESS');
    expect(succeeded(requestVoid(authorized(), 'issuance_window_expired', now))).toMatchObject({ status: 'voided', voidReason: 'issuance_window_expired' });
  });

  it('R11: gives back part of the capture per ticket, then all of it', () => {
    const first = requestRefund(captured(), refund, now);
    expect(first.action).toMatchObject({ id: refundIdOf(paymentId, 'ticket-1'), kind: 'refund', ticketId: 'ticket-1', amount: 400 });
    const afterFirst = succeeded(first);
    expect(afterFirst).toMatchObject({ status: 'partially_refunded', refundedAmount: 400, openActions: [] });
    const second = requestRefund(afterFirst, { ...refund, ticketId: 'ticket-2', amount: 600 }, now);
    const done = succeedAction(second.payment, second.action, now);
    expect(done.transition.payment).toMatchObject({ status: 'refunded', refundedAmount: 1000 });
    expect(done.transition.event?.data).toMatchObject({ ticketId: 'ticket-2', amount: 600, refundId: second.action.id });
  });

  it('R11: never refunds more than the capture, counting the refunds still open', () => {
    expect(codeOf(() => requestRefund(captured(), { ...refund, amount: 1001 }, now))).toBe('REFUND_EXCEEDS_CAPTURE');
    const open = requestRefund(captured(), { ...refund, amount: 700 }, now).payment;
    expect(open.refundedAmount).toBe(0);
    expect(codeOf(() => requestRefund(open, { ...refund, ticketId: 'ticket-2', amount: 301 }, now))).toBe('REFUND_EXCEEDS_CAPTURE');
    expect(requestRefund(open, { ...refund, ticketId: 'ticket-2', amount: 300 }, now).payment.openActions).toHaveLength(2);
  });

  it('R11: a refund the processor refused frees its share of the capture', () => {
    const request = requestRefund(captured(), { ...refund, amount: 1000 }, now);
    const refused = failAction(request.payment, request.action, 'declined', now);
    expect(refused.action).toMatchObject({ state: 'failed', failure: 'declined' });
    expect(requestRefund(refused.payment, refund, now).payment.openActions).toHaveLength(1);
  });

  it('R11: refuses a payment not captured', () => {
    expect(codeOf(() => requestRefund(authorized(), refund, now))).toBe('PAYMENT_NOT_CAPTURED');
  });

  it('names one refund per payment and ticket', () => {
    expect(refundIdOf(paymentId, 'ticket-1')).toBe(refundIdOf(paymentId, 'ticket-1'));
    expect(refundIdOf(paymentId, 'ticket-1')).not.toBe(refundIdOf(paymentId, 'ticket-2'));
  });
});

describe("what the processor's record of the trade says became of an unanswered action", () => {
  const trade = (status: ProcessorTrade['status'], capturedAmount = 0, refundedAmount = 0): ProcessorTrade => ({ status, capturedAmount, refundedAmount });

  it('R4: a capture happened when the trade is closed for its amount, not while it is only authorized', () => {
    const { action, payment } = planned(requestCapture(authorized(), 1000, now));
    expect(findingOf(payment, action, trade('captured', 1000))).toBe('happened');
    expect(findingOf(payment, action, trade('authorized'))).toBe('not_happened');
    expect(findingOf(payment, action, trade('captured', 900))).toBe('unexplained');
    expect(findingOf(payment, action, trade('voided'))).toBe('unexplained');
  });

  it('R9: a void happened when the trade is voided', () => {
    const { action, payment } = planned(requestVoid(authorized(), 'abandoned', now));
    expect(findingOf(payment, action, trade('voided'))).toBe('happened');
    expect(findingOf(payment, action, trade('authorized'))).toBe('not_happened');
    expect(findingOf(payment, action, trade('unrecognised'))).toBe('unexplained');
  });

  it('R11: a refund happened when the trade refunded exactly it beyond what the payment recorded', () => {
    const partly = succeeded(requestRefund(captured(), { ticketId: 'ticket-1', amount: 300, reason: '' }, now));
    const { action, payment } = requestRefund(partly, { ticketId: 'ticket-2', amount: 200, reason: '' }, now);
    expect(findingOf(payment, action, trade('captured', 1000, 500))).toBe('happened');
    expect(findingOf(payment, action, trade('captured', 1000, 300))).toBe('not_happened');
    expect(findingOf(payment, action, trade('captured', 1000, 400))).toBe('unexplained');
    expect(findingOf(payment, action, trade('captured', 1200, 500))).toBe('unexplained');
  });
});
