import { conflict } from '@ecticket/platform';
import { assertSameRefund, refundIdOf, requestRefund, type RefundAction } from '../domain/money-action';
import type { Payment } from '../domain/payment';
import { requirePayment, requirePaymentOfOrder } from './lookups';
import { assertNotRefused, moveMoney } from './money-actions';
import type { PaymentDeps } from './ports';

export interface RefundTicketInput {
  readonly orderId: string;
  readonly ticketId: string;
  readonly amount: number;
  readonly reason: string;
}

export interface RefundResult {
  readonly refund: RefundAction;
  readonly payment: Payment;
}

/**
 * R11: gives back the money of one returned ticket, once however often it is asked for. Returns the
 * refund as it stands: succeeded, or still requested, in which case it is made without being asked
 * again (after the payment's earlier actions, or once the processor's answer is known). A refusal,
 * the processor's included, is thrown.
 */
export async function requestTicketRefund(deps: PaymentDeps, input: RefundTicketInput): Promise<RefundAction> {
  const payment = await requirePaymentOfOrder(deps, input.orderId);
  const refund = await moveMoney(
    deps,
    payment.id,
    refundIdOf(payment.id, input.ticketId),
    (current, now) => requestRefund(current, input, now),
    (existing) => assertSameRefund(existing, input.amount),
  );
  assertNotRefused(refund);
  return refund;
}

/** The refund made, or REFUND_IN_PROGRESS (ask again) while it is being made. */
export async function refundTicket(deps: PaymentDeps, input: RefundTicketInput): Promise<RefundResult> {
  const refund = await requestTicketRefund(deps, input);
  if (refund.state !== 'succeeded') {
    throw conflict('REFUND_IN_PROGRESS', "This ticket's refund is being made; ask again shortly.", { ticketId: refund.ticketId });
  }
  return { refund, payment: await requirePayment(deps, refund.paymentId) };
}
