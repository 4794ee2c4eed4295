import { DuplicateKeyError, newId } from '@ecticket/platform';
import { assertSameIntent, newPayment } from '../domain/payment';
import { payments } from '../infrastructure/collections';
import { paymentOfOrder } from './lookups';
import { paymentView, type PaymentView } from './payment-view';
import type { PaymentDeps } from './ports';

export interface CreatePaymentIntentInput {
  readonly orderId: string;
  readonly merchantId: string;
  readonly merchantName: string;
  readonly amount: number;
  readonly description: string;
}

/** Idempotent per order (its unique index): asking again returns the first intent, if it asked for the same (R8). */
export async function createPaymentIntent(deps: PaymentDeps, input: CreatePaymentIntentInput): Promise<PaymentView> {
  const requested = newPayment({ ...input, id: newId(), processor: deps.processor.name, now: deps.clock.now() });
  try {
    await deps.store.collection(payments).insert({ ...requested, revision: 1 });
    deps.logger.info({ paymentId: requested.id, orderId: requested.orderId, processor: requested.processor }, 'payment intent created');
    return paymentView(deps, requested);
  } catch (error) {
    const existing = error instanceof DuplicateKeyError ? await paymentOfOrder(deps, requested.orderId) : null;
    if (!existing) throw error;
    assertSameIntent(existing, requested);
    return paymentView(deps, existing);
  }
}
