import { failedPrecondition } from '@ecticket/platform';
import { acceptCard, type CardEntry } from '../domain/card';
import type { Payment } from '../domain/payment';
import { paymentNotFound, requirePayment } from './lookups';
import type { PaymentDeps, TestAuthorization, TestCardDesk } from './ports';

/** What the built-in test processor's checkout page shows. */
export interface TestCheckoutView {
  readonly payment: Payment;
  readonly authorization: TestAuthorization | null;
}

export async function getTestCheckout(deps: PaymentDeps, paymentId: string): Promise<TestCheckoutView> {
  const desk = testDeskOf(deps);
  const payment = await testPayment(deps, paymentId);
  return { payment, authorization: await desk.authorizationOf(payment) };
}

export interface TestCardInput extends CardEntry {
  readonly paymentId: string;
}

/**
 * A buyer pays at the test processor: the card is held to R3, then authorized there, and the test
 * processor notifies us like the real one. The answer does not wait for that notice, so the payment
 * it shows is still pending.
 */
export async function submitTestCard(deps: PaymentDeps, input: TestCardInput): Promise<TestCheckoutView> {
  const desk = testDeskOf(deps);
  const payment = await testPayment(deps, input.paymentId);
  if (payment.status !== 'pending') {
    throw failedPrecondition('PAYMENT_NOT_PENDING', 'This payment does not take a card any more.', { status: payment.status });
  }
  const card = acceptCard(input, deps.issuers, deps.clock.now());
  const authorization = await desk.authorize(payment, card);
  deps.logger.info({ paymentId: payment.id, brand: card.brand }, 'test card accepted');
  return { payment, authorization };
}

function testDeskOf(deps: PaymentDeps): TestCardDesk {
  if (!deps.testDesk) throw failedPrecondition('TEST_PROCESSOR_DISABLED', 'The built-in test processor is not the configured processor.');
  return deps.testDesk;
}

async function testPayment(deps: PaymentDeps, paymentId: string): Promise<Payment> {
  const payment = await requirePayment(deps, paymentId);
  if (payment.processor !== 'test') paymentNotFound();
  return payment;
}
