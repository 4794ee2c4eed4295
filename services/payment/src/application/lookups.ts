import { notFound } from '@ecticket/platform';
import type { Payment } from '../domain/payment';
import { payments, type Stored } from '../infrastructure/collections';
import type { PaymentDeps } from './ports';

export function paymentOfOrder(deps: PaymentDeps, orderId: string): Promise<Stored<Payment> | null> {
  return deps.store.collection(payments).findOne({ orderId });
}

export async function requirePaymentOfOrder(deps: PaymentDeps, orderId: string): Promise<Stored<Payment>> {
  return (await paymentOfOrder(deps, orderId)) ?? paymentNotFound();
}

export async function requirePayment(deps: PaymentDeps, paymentId: string): Promise<Stored<Payment>> {
  return (await deps.store.collection(payments).get(paymentId)) ?? paymentNotFound();
}

export function paymentByTradeNo(deps: PaymentDeps, merchantTradeNo: string): Promise<Stored<Payment> | null> {
  return deps.store.collection(payments).findOne({ merchantTradeNo });
}

export function paymentNotFound(): never {
  throw notFound('PAYMENT_NOT_FOUND', 'No such payment.');
}
