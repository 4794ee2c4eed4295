import { PaymentHarness, newIntent, refusalOf } from '../support/harness';

const harness = new PaymentHarness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

describe('CreatePaymentIntent', () => {
  it('creates a pending payment with the checkout the buyer posts, and GetPayment shows it', async () => {
    const intent = await newIntent(harness, { orderId: 'order-intent-1' });
    expect(intent).toMatchObject({
      orderId: 'order-intent-1',
      merchantId: 'merchant-1',
      amount: 1200,
      processor: 'test',
      status: 'pending',
      merchantTradeNo: expect.stringMatching(/^[A-Za-z0-9]{1,20}$/),
      processorTradeNo: '',
      createdAt: harness.clock.now().toISOString(),
      checkout: { actionUrl: 'http://127.0.0.1:8080/v1/test-processor/checkout', method: 'POST', fields: { payment_id: intent.paymentId } },
    });
    expect(await harness.client.GetPayment({ orderId: 'order-intent-1' })).toEqual(intent);
  });

  it('is idempotent per order, also when asked concurrently', async () => {
    const intents = await Promise.all(Array.from({ length: 10 }, () => newIntent(harness, { orderId: 'order-intent-2' })));
    expect(new Set(intents.map((intent) => intent.paymentId)).size).toBe(1);
    expect(new Set(intents.map((intent) => intent.merchantTradeNo)).size).toBe(1);
  });

  it('R8: refuses the same order for another amount', async () => {
    await newIntent(harness, { orderId: 'order-intent-3', amount: 500 });
    const refusal = await refusalOf(newIntent(harness, { orderId: 'order-intent-3', amount: 600 }));
    expect(refusal).toMatchObject({ category: 'conflict', code: 'PAYMENT_INTENT_MISMATCH' });
    expect((await harness.client.GetPayment({ orderId: 'order-intent-3' })).amount).toBe(500);
  });

  it.each([
    ['no amount', { amount: 0 }],
    ['no description', { description: '' }],
    ['no order', { orderId: '' }],
  ])('refuses %s', async (_case, overrides) => {
    expect(await refusalOf(newIntent(harness, overrides))).toMatchObject({ category: 'invalid_argument', code: 'INVALID_FIELD' });
  });

  it('GetPayment does not know an order without a payment', async () => {
    expect((await refusalOf(harness.client.GetPayment({ orderId: 'gift-only' }))).code).toBe('PAYMENT_NOT_FOUND');
  });
});
