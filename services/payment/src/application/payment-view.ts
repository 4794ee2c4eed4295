import type { Payment } from '../domain/payment';
import type { CheckoutForm, PaymentDeps } from './ports';

/** A payment as callers see it, with the checkout form while the buyer can still pay. */
export interface PaymentView {
  readonly payment: Payment;
  readonly checkout: CheckoutForm | null;
}

export function paymentView(deps: PaymentDeps, payment: Payment): PaymentView {
  const payable = payment.status === 'pending' && payment.processor === deps.processor.name;
  return { payment, checkout: payable ? deps.processor.checkoutForm(payment) : null };
}
