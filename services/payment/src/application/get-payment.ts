import { requirePaymentOfOrder } from './lookups';
import { paymentView, type PaymentView } from './payment-view';
import type { PaymentDeps } from './ports';

export async function getPayment(deps: PaymentDeps, orderId: string): Promise<PaymentView> {
  return paymentView(deps, await requirePaymentOfOrder(deps, orderId));
}
