import { paymentCapturedV1, paymentFailedV1, paymentVoidedV1 } from '@ecticket/contracts';
import { conflict, failedPrecondition } from '@ecticket/platform';
import { domainEvent, type DomainEvent } from './events';
import { requireId, requireIntegerInRange, requireText } from './validation';

export const processorNames = ['test', 'ecpay'] as const;
export type ProcessorName = (typeof processorNames)[number];

export type PaymentStatus = 'pending' | 'authorized' | 'captured' | 'partially_refunded' | 'refunded' | 'voided' | 'failed';

export type VoidReason = 'abandoned' | 'issuance_window_expired';

/** What moves a payment's money at the processor: capture (ECPay DoAction C), void (N), refund (R). */
export type MoneyActionKind = 'capture' | 'void' | 'refund';

/** A money action asked of the processor whose outcome is not recorded yet, as its payment keeps it. */
export interface OpenAction {
  readonly id: string;
  readonly kind: MoneyActionKind;
  readonly amount: number;
}

/** Amounts travel as int32 on the wire. */
export const MAX_AMOUNT = 2_147_483_647;

/**
 * The payment of one order: `pending → authorized → captured → partially_refunded/refunded`,
 * `authorized → voided`, `pending → failed`. The amount is the authorization's and never changes (R8).
 */
export interface Payment {
  readonly id: string;
  readonly orderId: string;
  readonly merchantId: string;
  readonly merchantName: string;
  readonly amount: number;
  readonly description: string;
  readonly processor: ProcessorName;
  /** The order number at the processor (ECPay MerchantTradeNo): at most 20 letters and digits, unique forever. */
  readonly merchantTradeNo: string;
  readonly status: PaymentStatus;
  /** The processor's own number for the authorized trade (ECPay TradeNo). */
  readonly processorTradeNo: string | null;
  readonly capturedAmount: number;
  readonly refundedAmount: number;
  readonly failureReason: string | null;
  readonly voidReason: VoidReason | null;
  /** A back-office simulated payment was notified (ECPay SimulatePaid=1): recorded, but no money moved. */
  readonly simulatedPaymentAt: string | null;
  readonly createdAt: string;
  readonly authorizedAt: string | null;
  readonly capturedAt: string | null;
  readonly voidedAt: string | null;
  readonly failedAt: string | null;
  /**
   * Its money actions not settled yet, in the order they were asked for. They count against the
   * limits (an open refund against the capture) and only the first is ever at the processor: ECPay's
   * DoAction takes no request id, so only the trade's totals can tell what became of an unanswered
   * action, and they tell it only when a single action can explain a difference.
   */
  readonly openActions: readonly OpenAction[];
}

/** A state change and the event it causes (none for changes that move no money). */
export interface Transition {
  readonly payment: Payment;
  readonly event: DomainEvent | null;
}

export interface NewPayment {
  readonly id: string;
  readonly orderId: string;
  readonly merchantId: string;
  readonly merchantName: string;
  readonly amount: number;
  readonly description: string;
  readonly processor: ProcessorName;
  readonly now: Date;
}

export function newPayment(input: NewPayment): Payment {
  return {
    id: input.id,
    orderId: requireId(input.orderId, 'order_id'),
    merchantId: requireId(input.merchantId, 'merchant_id'),
    merchantName: requireText(input.merchantName, 'merchant_name', 0, 100),
    amount: requireIntegerInRange(input.amount, 'amount', 1, MAX_AMOUNT),
    description: requireText(input.description, 'description', 1, 200),
    processor: input.processor,
    merchantTradeNo: merchantTradeNoOf(input.id),
    status: 'pending',
    processorTradeNo: null,
    capturedAmount: 0,
    refundedAmount: 0,
    failureReason: null,
    voidReason: null,
    simulatedPaymentAt: null,
    createdAt: input.now.toISOString(),
    authorizedAt: null,
    capturedAt: null,
    voidedAt: null,
    failedAt: null,
    openActions: [],
  };
}

/**
 * "EP" and the last 18 hex digits of the payment's id: its random part (about 70 random bits; the
 * first digits of a UUID v7 are its time). ECPay refuses a MerchantTradeNo it has seen before, and
 * the unique index makes a collision fail loudly.
 */
export function merchantTradeNoOf(paymentId: string): string {
  return `EP${paymentId.replace(/[^0-9A-Fa-f]/g, '').slice(-18).toUpperCase()}`;
}

/** R8: an order's payment is fixed once asked for; asking again must ask for the same. */
export function assertSameIntent(existing: Payment, requested: Payment): void {
  if (existing.merchantId !== requested.merchantId || existing.amount !== requested.amount) {
    throw conflict('PAYMENT_INTENT_MISMATCH', 'This order already has a payment for another amount or merchant.', {
      orderId: existing.orderId,
      amount: existing.amount,
    });
  }
}

export function isCaptured(payment: Payment): boolean {
  return payment.status === 'captured' || payment.status === 'partially_refunded' || payment.status === 'refunded';
}

/** pending → failed: the processor declined, or the order was given up before it was paid. */
export function failPayment(payment: Payment, reason: string, now: Date): Transition {
  const failedAt = now.toISOString();
  const failureReason = reason.slice(0, 200);
  return {
    payment: { ...payment, status: 'failed', failureReason, failedAt },
    event: domainEvent(paymentFailedV1, { ...references(payment), reason: failureReason, failedAt }),
  };
}

/**
 * authorized → captured once the order's tickets are issued. `amount` is the issued pickup vouchers'
 * value and never exceeds the authorization. Null when there is nothing to do: captured already (a
 * redelivered event) or nothing to capture.
 */
export function capturePayment(payment: Payment, amount: number, now: Date): Transition | null {
  if (isCaptured(payment)) return null;
  if (payment.status !== 'authorized') {
    throw failedPrecondition('PAYMENT_NOT_AUTHORIZED', `The payment is ${payment.status}; only an authorization can be captured.`, {
      paymentId: payment.id,
      status: payment.status,
    });
  }
  if (amount > payment.amount) {
    throw failedPrecondition('CAPTURE_EXCEEDS_AUTHORIZATION', `A capture of ${amount} exceeds the authorization of ${payment.amount}.`, {
      paymentId: payment.id,
      authorized: payment.amount,
      requested: amount,
    });
  }
  if (amount === 0) return null;
  const capturedAt = now.toISOString();
  return {
    payment: { ...payment, status: 'captured', capturedAmount: amount, capturedAt },
    event: domainEvent(paymentCapturedV1, { ...references(payment), amount, capturedAt }),
  };
}

/**
 * R9/R10: authorized → voided, the buyer is never charged. A payment still pending closes as failed
 * instead, so the given-up order cannot be paid any more. Null when it is closed already.
 */
export function voidPayment(payment: Payment, reason: VoidReason, now: Date): Transition | null {
  if (payment.status === 'voided' || payment.status === 'failed') return null;
  // Closed unpaid; `voidReason` says so, should the processor's paid notice still arrive (notice.ts).
  if (payment.status === 'pending') {
    const closed = failPayment(payment, `order ${reason} before payment`, now);
    return { ...closed, payment: { ...closed.payment, voidReason: reason } };
  }
  if (payment.status !== 'authorized') {
    throw failedPrecondition('PAYMENT_ALREADY_CAPTURED', 'A captured payment cannot be voided; refund it instead.', { paymentId: payment.id });
  }
  const voidedAt = now.toISOString();
  return {
    payment: { ...payment, status: 'voided', voidReason: reason, voidedAt },
    event: domainEvent(paymentVoidedV1, { ...references(payment), amount: payment.amount, reason, voidedAt }),
  };
}

/** The ids every payment event carries. */
export function references(payment: Payment): { paymentId: string; orderId: string; merchantId: string } {
  return { paymentId: payment.id, orderId: payment.orderId, merchantId: payment.merchantId };
}
