import { paymentAuthorizedV1 } from '@ecticket/contracts';
import { domainEvent } from './events';
import { failPayment, references, type Payment, type Transition, type VoidReason } from './payment';

/**
 * What a processor's result notice says, once its signature and merchant were verified:
 * `paid` (RtnCode 1), `declined` (any other RtnCode) or `simulated` (ECPay SimulatePaid=1, a
 * back-office simulation in which no money moved, whatever its RtnCode).
 */
export interface ProcessorNotice {
  readonly merchantTradeNo: string;
  readonly processorTradeNo: string;
  readonly amount: number;
  readonly outcome: 'paid' | 'declined' | 'simulated';
  readonly message: string;
}

/**
 * What a verified notice does to its payment:
 * - `rejected`: it does not match the payment (amount): nothing changes, the processor is told so;
 * - `applied`: the transition to commit;
 * - `release`: paid for a payment its order's abandonment had closed unpaid: the authorization is
 *   recorded (no event: there is nothing to issue) and must be voided at once (`reason`);
 * - `acknowledged`: genuine, but nothing to change: a `duplicate` of what was applied, or
 *   `superseded` by a state the payment left pending for (a paid notice then means money is held
 *   for a closed payment, which only the processor's back office can release).
 */
export type NoticeResult =
  | { readonly kind: 'rejected'; readonly reason: string }
  | { readonly kind: 'applied'; readonly transition: Transition }
  | { readonly kind: 'release'; readonly payment: Payment; readonly reason: VoidReason }
  | { readonly kind: 'acknowledged'; readonly note: 'duplicate' | 'superseded' };

/** Replays are expected (the processor resends until answered), so a notice is applied once by the state it finds. */
export function applyNotice(payment: Payment, notice: ProcessorNotice, now: Date): NoticeResult {
  if (notice.amount !== payment.amount) return { kind: 'rejected', reason: 'TradeAmt mismatch' };
  switch (notice.outcome) {
    case 'paid':
      return applyPaid(payment, notice, now);
    case 'declined':
      return applyDeclined(payment, notice, now);
    case 'simulated':
      return applySimulated(payment, now);
  }
}

function applyPaid(payment: Payment, notice: ProcessorNotice, now: Date): NoticeResult {
  if (payment.status === 'pending') return applied(authorizePayment(payment, notice.processorTradeNo, now));
  if (payment.status === 'failed' && payment.voidReason !== null) {
    const { payment: authorized } = authorizePayment(payment, notice.processorTradeNo, now);
    return { kind: 'release', payment: { ...authorized, failureReason: null, failedAt: null }, reason: payment.voidReason };
  }
  return acknowledged(payment.processorTradeNo === notice.processorTradeNo ? 'duplicate' : 'superseded');
}

function applyDeclined(payment: Payment, notice: ProcessorNotice, now: Date): NoticeResult {
  if (payment.status === 'pending') return applied(failPayment(payment, notice.message || 'declined by the processor', now));
  return acknowledged(payment.status === 'failed' ? 'duplicate' : 'superseded');
}

/** Recorded for the back office to see; never an authorization, so nothing is issued for it. */
function applySimulated(payment: Payment, now: Date): NoticeResult {
  if (payment.simulatedPaymentAt !== null) return acknowledged('duplicate');
  if (payment.status !== 'pending') return acknowledged('superseded');
  return applied({ payment: { ...payment, simulatedPaymentAt: now.toISOString() }, event: null });
}

/** pending → authorized: the processor holds the amount on the buyer's card (R3). */
function authorizePayment(payment: Payment, processorTradeNo: string, now: Date): Transition {
  const authorizedAt = now.toISOString();
  return {
    payment: { ...payment, status: 'authorized', processorTradeNo, authorizedAt },
    event: domainEvent(paymentAuthorizedV1, {
      ...references(payment),
      amount: payment.amount,
      processor: payment.processor,
      processorTradeNo,
      authorizedAt,
    }),
  };
}

function applied(transition: Transition): NoticeResult {
  return { kind: 'applied', transition };
}

function acknowledged(note: 'duplicate' | 'superseded'): NoticeResult {
  return { kind: 'acknowledged', note };
}
