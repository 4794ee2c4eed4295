import { applyNotice, type ProcessorNotice } from '../../src/domain/notice';
import { assertSameIntent, capturePayment, merchantTradeNoOf, newPayment, voidPayment, type Payment } from '../../src/domain/payment';
import { completeRefund, refundIdOf, requestRefund } from '../../src/domain/refund';

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
  it('gets a MerchantTradeNo of at most 20 letters and digits derived from its id', () => {
    const tradeNo = merchantTradeNoOf(paymentId);
    expect(tradeNo).toMatch(/^[A-Za-z0-9]{1,20}$/);
    expect(tradeNo).toBe('EP3F1C2B9E7A4D4C1E9B');
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

  it('paid for a payment closed meanwhile is superseded, never an authorization', () => {
    const closed = voidPayment(pending(), 'abandoned', now)?.payment as Payment;
    expect(applyNotice(closed, notice(), now)).toEqual({ kind: 'acknowledged', note: 'superseded' });
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

describe('refunds', () => {
  const request = { ticketId: 'ticket-1', amount: 400, reason: 'returned' };

  it('R11: gives back part of the capture per ticket, then all of it', () => {
    const first = completeRefund(captured(), requestRefund(captured(), request, now), now);
    expect(first.transition.payment).toMatchObject({ status: 'partially_refunded', refundedAmount: 400 });
    expect(first.refund).toMatchObject({ status: 'refunded', refundedAt: now.toISOString(), id: refundIdOf(paymentId, 'ticket-1') });
    const secondRequest = requestRefund(first.transition.payment, { ...request, ticketId: 'ticket-2', amount: 600 }, now);
    const second = completeRefund(first.transition.payment, secondRequest, now);
    expect(second.transition.payment).toMatchObject({ status: 'refunded', refundedAmount: 1000 });
    expect(second.transition.event?.data).toMatchObject({ ticketId: 'ticket-2', amount: 600 });
  });

  it('R11: never refunds more than the capture', () => {
    expect(codeOf(() => requestRefund(captured(), { ...request, amount: 1001 }, now))).toBe('REFUND_EXCEEDS_CAPTURE');
    const refund = requestRefund(captured(), request, now);
    const nearlyAll = { ...captured(), refundedAmount: 700, status: 'partially_refunded' as const };
    expect(codeOf(() => completeRefund(nearlyAll, refund, now))).toBe('REFUND_EXCEEDS_CAPTURE');
  });

  it('R11: refuses a payment not captured', () => {
    expect(codeOf(() => requestRefund(authorized(), request, now))).toBe('PAYMENT_NOT_CAPTURED');
  });

  it('names one refund per payment and ticket', () => {
    expect(refundIdOf(paymentId, 'ticket-1')).toBe(refundIdOf(paymentId, 'ticket-1'));
    expect(refundIdOf(paymentId, 'ticket-1')).not.toBe(refundIdOf(paymentId, 'ticket-2'));
  });
});
