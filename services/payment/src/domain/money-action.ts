import { createHash } from 'node:crypto';
import { paymentRefundedV1 } from '@ecticket/contracts';
import { conflict, failedPrecondition } from '@ecticket/platform';
import { domainEvent } from './events';
import {
  MAX_AMOUNT,
  capturePayment,
  isCaptured,
  references,
  voidPayment,
  type MoneyActionKind,
  type Payment,
  type Transition,
  type VoidReason,
} from './payment';
import { requireId, requireIntegerInRange, requireText } from './validation';

/**
 * Money moved at the card processor for a payment. Its intent is recorded before the processor is
 * asked and its outcome after: `requested → succeeded | failed` (failed: the processor refused; the
 * same request may be asked again). An action left `requested` by a crash or a lost answer is never
 * simply sent again: when it may have reached the processor, the processor's record of the trade
 * decides first (findingOf).
 */
export type MoneyActionState = 'requested' | 'succeeded' | 'failed';

interface MoneyActionFields {
  /** The request id: one per business request, the same for every attempt at it. */
  readonly id: string;
  readonly paymentId: string;
  readonly orderId: string;
  readonly merchantId: string;
  readonly amount: number;
  readonly state: MoneyActionState;
  readonly requestedAt: string;
  /** When it was last handed to the processor; null when it has not been since it was (re)requested. */
  readonly sentAt: string | null;
  /** How many times it was handed to the processor. */
  readonly sends: number;
  readonly settledAt: string | null;
  /** Why the processor refused it. */
  readonly failure: string | null;
}

export interface CaptureAction extends MoneyActionFields {
  readonly kind: 'capture';
}

export interface VoidAction extends MoneyActionFields {
  readonly kind: 'void';
  readonly reason: VoidReason;
}

/** The money of one returned ticket given back to the buyer's card (R11). */
export interface RefundAction extends MoneyActionFields {
  readonly kind: 'refund';
  readonly ticketId: string;
  readonly reason: string;
}

export type MoneyAction = CaptureAction | VoidAction | RefundAction;

/** An action to record together with its payment, which now holds the action's place and amount. */
export interface ActionRequest<A extends MoneyAction> {
  readonly action: A;
  readonly payment: Payment;
}

/** A payment's authorization is captured or voided once: every attempt at either is the same request. */
export function captureIdOf(paymentId: string): string {
  return `${paymentId}/capture`;
}

export function voidIdOf(paymentId: string): string {
  return `${paymentId}/void`;
}

/** The same for every attempt at one ticket's refund, so the processor recognises a repeat where it can. */
export function refundIdOf(paymentId: string, ticketId: string): string {
  return createHash('sha256').update(`${paymentId}\n${ticketId}`).digest('hex').slice(0, 32);
}

/** authorized → capture requested. Null when there is nothing to capture or it was captured already. */
export function requestCapture(payment: Payment, amount: number, now: Date): ActionRequest<CaptureAction> | null {
  if (!capturePayment(payment, amount, now)) return null;
  assertAuthorizationFree(payment);
  return opened(payment, { ...actionFields(payment, captureIdOf(payment.id), amount, now), kind: 'capture' });
}

/** R9/R10: authorized → void requested. Null when the payment is closed already. */
export function requestVoid(payment: Payment, reason: VoidReason, now: Date): ActionRequest<VoidAction> | null {
  if (!voidPayment(payment, reason, now)) return null;
  if (payment.status !== 'authorized') {
    throw failedPrecondition('PAYMENT_NOT_AUTHORIZED', `The payment is ${payment.status}; only an authorization is voided.`, { paymentId: payment.id });
  }
  assertAuthorizationFree(payment);
  return opened(payment, { ...actionFields(payment, voidIdOf(payment.id), payment.amount, now), kind: 'void', reason });
}

export interface RefundRequest {
  readonly ticketId: string;
  readonly amount: number;
  readonly reason: string;
}

/** R11: a ticket's refund requested, refused unless enough of the capture is left beside the refunds already open. */
export function requestRefund(payment: Payment, request: RefundRequest, now: Date): ActionRequest<RefundAction> {
  const ticketId = requireId(request.ticketId, 'ticket_id');
  const amount = requireIntegerInRange(request.amount, 'amount', 1, MAX_AMOUNT);
  const reason = requireText(request.reason, 'reason', 0, 200);
  assertRefundable(payment, amount);
  return opened(payment, { ...actionFields(payment, refundIdOf(payment.id, ticketId), amount, now), kind: 'refund', ticketId, reason });
}

/** A repeated refund of a ticket must ask for what the first one did. */
export function assertSameRefund(existing: MoneyAction, amount: number): void {
  if (existing.amount !== amount) {
    const ticketId = existing.kind === 'refund' ? existing.ticketId : null;
    throw conflict('REFUND_MISMATCH', 'This ticket has a refund already, for another amount.', { ticketId, amount: existing.amount });
  }
}

/** A refused action asked for again: the fresh request, keeping the count of what was sent before. */
export function retriedAction<A extends MoneyAction>(refused: MoneyAction, fresh: A): A {
  return { ...fresh, sends: refused.sends };
}

/** About to be handed to the processor: from now on only the processor's record can tell whether it was. */
export function sentAction<A extends MoneyAction>(action: A, now: Date): A {
  return { ...action, sentAt: now.toISOString(), sends: action.sends + 1 };
}

/** The processor moved the money: the payment's transition, with its event, and the action settled. */
export function succeedAction(payment: Payment, action: MoneyAction, now: Date): { readonly transition: Transition; readonly action: MoneyAction } {
  const settled = { ...payment, openActions: payment.openActions.filter((open) => open.id !== action.id) };
  return { transition: transitionOf(settled, action, now), action: { ...action, state: 'succeeded', settledAt: now.toISOString() } };
}

/** The processor refused: the payment lets go of the action, its limits free again. */
export function failAction(payment: Payment, action: MoneyAction, failure: string, now: Date): { readonly payment: Payment; readonly action: MoneyAction } {
  return {
    payment: { ...payment, openActions: payment.openActions.filter((open) => open.id !== action.id) },
    action: { ...action, state: 'failed', settledAt: now.toISOString(), failure: failure.slice(0, 200) },
  };
}

/** The processor's own record of a card trade, as far as money actions go. */
export interface ProcessorTrade {
  /** `unrecognised`: the processor reports a state this platform cannot account for. */
  readonly status: 'authorized' | 'captured' | 'voided' | 'unrecognised';
  readonly capturedAmount: number;
  readonly refundedAmount: number;
}

export type ActionFinding = 'happened' | 'not_happened' | 'unexplained';

/**
 * What became of an action that may have reached the processor, read from its record of the trade.
 * Sound because a payment's actions reach the processor one at a time (Payment.openActions): every
 * earlier one is settled, so the trade differs from the payment by this action or by nothing. Any
 * other difference is `unexplained`, and then nothing is sent again.
 */
export function findingOf(payment: Payment, action: MoneyAction, trade: ProcessorTrade): ActionFinding {
  switch (action.kind) {
    case 'capture':
      if (trade.status === 'authorized') return 'not_happened';
      return trade.status === 'captured' && trade.capturedAmount === action.amount && trade.refundedAmount === 0 ? 'happened' : 'unexplained';
    case 'void':
      if (trade.status === 'authorized') return 'not_happened';
      return trade.status === 'voided' ? 'happened' : 'unexplained';
    case 'refund':
      if (trade.status !== 'captured' || trade.capturedAmount !== payment.capturedAmount) return 'unexplained';
      if (trade.refundedAmount === payment.refundedAmount) return 'not_happened';
      return trade.refundedAmount === payment.refundedAmount + action.amount ? 'happened' : 'unexplained';
  }
}

function actionFields(payment: Payment, id: string, amount: number, now: Date): MoneyActionFields {
  return {
    id,
    ...references(payment),
    amount,
    state: 'requested',
    requestedAt: now.toISOString(),
    sentAt: null,
    sends: 0,
    settledAt: null,
    failure: null,
  };
}

function opened<A extends MoneyAction>(payment: Payment, action: A): ActionRequest<A> {
  const open = { id: action.id, kind: action.kind, amount: action.amount };
  return { action, payment: { ...payment, openActions: [...payment.openActions, open] } };
}

/** Capture and void each settle the whole authorization, so at most one of them is ever open. */
function assertAuthorizationFree(payment: Payment): void {
  const open = payment.openActions.find((action) => action.kind !== 'refund');
  if (open) {
    throw conflict('PAYMENT_ACTION_IN_PROGRESS', `A ${open.kind} of this payment is being made; ask again once it is settled.`, {
      paymentId: payment.id,
      kind: open.kind,
    });
  }
}

function openAmount(payment: Payment, kind: MoneyActionKind): number {
  return payment.openActions.filter((action) => action.kind === kind).reduce((sum, action) => sum + action.amount, 0);
}

/** The refunds made and those still open never exceed the capture. */
function assertRefundable(payment: Payment, amount: number): void {
  if (!isCaptured(payment)) {
    throw failedPrecondition('PAYMENT_NOT_CAPTURED', `The payment is ${payment.status}; only a captured payment can be refunded.`, {
      paymentId: payment.id,
      status: payment.status,
    });
  }
  const remaining = payment.capturedAmount - payment.refundedAmount - openAmount(payment, 'refund');
  if (amount > remaining) {
    throw failedPrecondition('REFUND_EXCEEDS_CAPTURE', `A refund of ${amount} exceeds the ${remaining} left of the capture.`, {
      paymentId: payment.id,
      remaining,
      requested: amount,
    });
  }
}

function transitionOf(payment: Payment, action: MoneyAction, now: Date): Transition {
  switch (action.kind) {
    case 'capture':
      return capturePayment(payment, action.amount, now) ?? unchanged(payment);
    case 'void':
      return voidPayment(payment, action.reason, now) ?? unchanged(payment);
    case 'refund':
      return refundTransition(payment, action, now);
  }
}

/** captured/partially_refunded → partially_refunded/refunded, with payment.refunded. */
function refundTransition(payment: Payment, refund: RefundAction, now: Date): Transition {
  const refundedAt = now.toISOString();
  const refundedAmount = payment.refundedAmount + refund.amount;
  const { id: refundId, ticketId, amount } = refund;
  return {
    payment: { ...payment, status: refundedAmount === payment.capturedAmount ? 'refunded' : 'partially_refunded', refundedAmount },
    event: domainEvent(paymentRefundedV1, { ...references(payment), refundId, ticketId, amount, refundedAt }),
  };
}

function unchanged(payment: Payment): Transition {
  return { payment, event: null };
}
