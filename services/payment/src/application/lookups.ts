import { notFound } from '@ecticket/platform';
import type { Payment } from '../domain/payment';
import { payments, type Stored } from '../infrastructure/collections';
import type { PaymentDeps } from './ports';

export async function paymentOfOrder(deps: PaymentDeps, orderId: string): Promise<Stored<Payment> | null> {
  return current(await deps.store.collection(payments).findOne({ orderId }));
}

export async function requirePaymentOfOrder(deps: PaymentDeps, orderId: string): Promise<Stored<Payment>> {
  return (await paymentOfOrder(deps, orderId)) ?? paymentNotFound();
}

export async function requirePayment(deps: PaymentDeps, paymentId: string): Promise<Stored<Payment>> {
  return current(await deps.store.collection(payments).get(paymentId)) ?? paymentNotFound();
}

export async function paymentByTradeNo(deps: PaymentDeps, merchantTradeNo: string): Promise<Stored<Payment> | null> {
  return current(await deps.store.collection(payments).findOne({ merchantTradeNo }));
}

/** A payment stored before money actions were recorded has no `openActions`: it had none open. */
function current(payment: Stored<Payment> | null): Stored<Payment> | null {
  return payment && { ...payment, openActions: (payment.openActions as Payment['openActions'] | undefined) ?? [] };
}

export function paymentNotFound(): never {
  throw notFound('PAYMENT_NOT_FOUND', 'No such payment.');
}
