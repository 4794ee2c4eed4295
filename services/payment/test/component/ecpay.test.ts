import type { paymentV1 } from '@ecticket/contracts';
import type { AioAccount } from '../../src/infrastructure/aio/aio-protocol';
import { checkMacValue, hasValidCheckMacValue } from '../../src/infrastructure/aio/check-mac-value';
import { PaymentHarness, eventually, newIntent, refusalOf } from '../support/harness';
import { LocalHttpServer, type PostHandler } from '../support/http-servers';
import { formBody, paidNotice, testProcessorAccount } from '../support/notices';

const ecpay: AioAccount = { merchantId: '3002607', hashKey: 'ecpayHashKey0001', hashIv: 'ecpayHashIv00001' };
const succeed: PostHandler = async ({ fields }) => ({ status: 200, body: `MerchantID=${ecpay.merchantId}&MerchantTradeNo=${fields.MerchantTradeNo}&TradeNo=${fields.TradeNo}&RtnCode=1&RtnMsg=Succeeded` });
/** Stands in for ECPay's DoAction endpoint. */
const doAction = new LocalHttpServer(succeed);
const harness = new PaymentHarness();

beforeAll(async () => {
  await doAction.start();
  await harness.start({
    PAYMENT_PROCESSOR: 'ecpay',
    ECPAY_MERCHANT_ID: ecpay.merchantId,
    ECPAY_HASH_KEY: ecpay.hashKey,
    ECPAY_HASH_IV: ecpay.hashIv,
    ECPAY_CHECKOUT_URL: 'https://payment-stage.ecpay.com.tw/Cashier/AioCheckOut/V5',
    ECPAY_ACTION_URL: doAction.url('/CreditDetail/DoAction'),
    PAYMENT_CALLBACK_URL: 'https://platform.example/v1/payments/callback',
  });
});
afterAll(async () => {
  await harness.stop();
  await doAction.stop();
});
afterEach(() => doAction.answerWith(succeed));

async function authorizedIntent(): Promise<paymentV1.PaymentIntent__Output> {
  const intent = await newIntent(harness);
  const { reply } = await harness.client.HandleProcessorCallback({ processor: 'ecpay', contentType: 'application/x-www-form-urlencoded', rawBody: formBody(paidNotice(intent, ecpay)) });
  expect(reply).toBe('1|OK');
  return intent;
}

async function settled(intent: paymentV1.PaymentIntent__Output, status: string) {
  return eventually(async () => {
    await harness.drainEvents();
    const payment = await harness.client.GetPayment({ orderId: intent.orderId });
    return payment.status === status ? payment : undefined;
  });
}

describe('ECPay mode', () => {
  it('gives the buyer the signed AioCheckOut form', async () => {
    const intent = await newIntent(harness);
    expect(intent.processor).toBe('ecpay');
    expect(intent.checkout?.actionUrl).toBe('https://payment-stage.ecpay.com.tw/Cashier/AioCheckOut/V5');
    const fields = intent.checkout?.fields ?? {};
    expect(fields).toMatchObject({ MerchantID: ecpay.merchantId, MerchantTradeNo: intent.merchantTradeNo, TotalAmount: '1200', ChoosePayment: 'Credit', ReturnURL: 'https://platform.example/v1/payments/callback' });
    expect(fields.CheckMacValue).toBe(checkMacValue(fields, ecpay));
  });

  it('T2: verifies notices with the ECPay account, not the test processor’s', async () => {
    const intent = await newIntent(harness);
    const forged = await harness.client.HandleProcessorCallback({ processor: '', fields: paidNotice(intent, testProcessorAccount) });
    expect(forged.reply).toBe('0|CheckMacValue error');
    const genuine = await harness.client.HandleProcessorCallback({ processor: '', fields: paidNotice(intent, ecpay) });
    expect(genuine.reply).toBe('1|OK');
  });

  it('has no test checkout', async () => {
    const intent = await newIntent(harness);
    expect((await refusalOf(harness.client.GetTestCheckout({ paymentId: intent.paymentId }))).code).toBe('TEST_PROCESSOR_DISABLED');
  });

  it('captures through DoAction C, voids through N and refunds through R, each request signed', async () => {
    const toCapture = await authorizedIntent();
    const toVoid = await authorizedIntent();
    await harness.deliver('order.issued', { orderId: toCapture.orderId, merchantId: 'merchant-1', captureAmount: 1000, ticketIds: ['t-1'], issuedAt: harness.clock.now().toISOString() }, 'merchant-1');
    await harness.deliver('order.abandoned', { orderId: toVoid.orderId, merchantId: 'merchant-1', reason: 'abandoned', abandonedAt: harness.clock.now().toISOString() }, 'merchant-1');
    await settled(toCapture, 'captured');
    await settled(toVoid, 'voided');
    await harness.client.Refund({ orderId: toCapture.orderId, ticketId: 't-1', amount: 250, reason: 'returned' });

    const actions = doAction.received.map((post) => post.fields);
    expect(actions).toEqual([
      expect.objectContaining({ MerchantTradeNo: toCapture.merchantTradeNo, TradeNo: '2603011700001234', Action: 'C', TotalAmount: '1000' }),
      expect.objectContaining({ MerchantTradeNo: toVoid.merchantTradeNo, Action: 'N', TotalAmount: '1200' }),
      expect.objectContaining({ MerchantTradeNo: toCapture.merchantTradeNo, Action: 'R', TotalAmount: '250' }),
    ]);
    for (const fields of actions) expect(hasValidCheckMacValue(fields, ecpay)).toBe(true);
  });

  it('records nothing when ECPay refuses, and says why', async () => {
    doAction.answerWith(async () => ({ status: 200, body: 'RtnCode=10200047&RtnMsg=Refund%20failed' }));
    const intent = await authorizedIntent();
    await harness.deliver('order.issued', { orderId: intent.orderId, merchantId: 'merchant-1', captureAmount: 1200, ticketIds: ['t-1'], issuedAt: harness.clock.now().toISOString() }, 'merchant-1');
    await harness.drainEvents();
    expect((await harness.client.GetPayment({ orderId: intent.orderId })).status).toBe('authorized');
    const dead = await harness.eventBus.deadLetters('payment');
    expect(dead.find((letter) => (letter.envelope.data as { orderId: string }).orderId === intent.orderId)?.lastError).toContain('PROCESSOR_REFUSED');
  });
});
