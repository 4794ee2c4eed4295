import type { paymentV1 } from '@ecticket/contracts';
import { checkMacValue, hasValidCheckMacValue } from '../../src/infrastructure/aio/check-mac-value';
import { FakeEcpay, ecpayAccount as ecpay } from '../support/fake-ecpay';
import { PaymentHarness, eventually, newIntent, refusalOf } from '../support/harness';
import { formBody, paidNotice, testProcessorAccount } from '../support/notices';

const ACTION_LEASE_SECONDS = 30;
const TRADE_NO = '2603011700001234';
const ecpayHost = new FakeEcpay();
const harness = new PaymentHarness();

beforeAll(async () => {
  await ecpayHost.start();
  await harness.start({
    ...ecpayHost.environment(),
    PAYMENT_CALLBACK_URL: 'https://platform.example/v1/payments/callback',
    PAYMENT_ACTION_LEASE_SECONDS: String(ACTION_LEASE_SECONDS),
  });
});
afterAll(async () => {
  await harness.stop();
  await ecpayHost.server.stop();
});
afterEach(() => ecpayHost.nextDoActions());

async function authorizedIntent(): Promise<paymentV1.PaymentIntent__Output> {
  const intent = await newIntent(harness);
  ecpayHost.authorize(intent.merchantTradeNo, TRADE_NO, intent.amount);
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

function issue(intent: paymentV1.PaymentIntent__Output, captureAmount: number) {
  return harness.deliver('order.issued', { orderId: intent.orderId, merchantId: 'merchant-1', captureAmount, ticketIds: ['t-1'], issuedAt: harness.clock.now().toISOString() }, 'merchant-1');
}

async function capturedIntent(amount: number): Promise<paymentV1.PaymentIntent__Output> {
  const intent = await authorizedIntent();
  await issue(intent, amount);
  await settled(intent, 'captured');
  return intent;
}

/** Past every lease, then the recovery job, until `done` holds. */
async function recoverUntil<T>(done: () => Promise<T | undefined>): Promise<T> {
  harness.clock.advance(ACTION_LEASE_SECONDS * 1000 + 1);
  return eventually(async () => {
    await harness.service.scheduler.runDueJobs();
    return done();
  });
}

async function refundEventsOf(intent: paymentV1.PaymentIntent__Output) {
  return (await harness.outboxEvents('payment.refunded')).filter((event) => (event.data as { orderId: string }).orderId === intent.orderId);
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
    await issue(toCapture, 1000);
    await harness.deliver('order.abandoned', { orderId: toVoid.orderId, merchantId: 'merchant-1', reason: 'abandoned', abandonedAt: harness.clock.now().toISOString() }, 'merchant-1');
    await settled(toCapture, 'captured');
    await settled(toVoid, 'voided');
    await harness.client.Refund({ orderId: toCapture.orderId, ticketId: 't-1', amount: 250, reason: 'returned' });

    const actions = [...ecpayHost.doActions(toCapture.merchantTradeNo), ...ecpayHost.doActions(toVoid.merchantTradeNo)];
    expect(actions).toEqual([
      expect.objectContaining({ MerchantTradeNo: toCapture.merchantTradeNo, TradeNo: TRADE_NO, Action: 'C', TotalAmount: '1000' }),
      expect.objectContaining({ MerchantTradeNo: toCapture.merchantTradeNo, Action: 'R', TotalAmount: '250' }),
      expect.objectContaining({ MerchantTradeNo: toVoid.merchantTradeNo, Action: 'N', TotalAmount: '1200' }),
    ]);
    for (const fields of actions) expect(hasValidCheckMacValue(fields, ecpay)).toBe(true);
  });

  it('records nothing when ECPay refuses, and says why', async () => {
    ecpayHost.nextDoActions(...Array.from({ length: 3 }, () => ({ refusal: 'RtnCode=10200047&RtnMsg=Refund%20failed' })));
    const intent = await authorizedIntent();
    await issue(intent, 1200);
    await harness.drainEvents();
    expect((await harness.client.GetPayment({ orderId: intent.orderId })).status).toBe('authorized');
    const dead = await harness.eventBus.deadLetters('payment');
    expect(dead.find((letter) => (letter.envelope.data as { orderId: string }).orderId === intent.orderId)?.lastError).toContain('PROCESSOR_REFUSED');
  });
});

describe('ECPay: money actions whose answer never came', () => {
  it('R11: a refund ECPay made but whose answer was lost is found in QueryTrade and recorded; DoAction R is never sent twice', async () => {
    const intent = await capturedIntent(1000);
    const request = { orderId: intent.orderId, ticketId: 't-1', amount: 400, reason: 'returned' };
    ecpayHost.nextDoActions('answer-lost');
    expect((await refusalOf(harness.client.Refund(request))).code).toBe('REFUND_IN_PROGRESS');
    expect((await refusalOf(harness.client.Refund(request))).code).toBe('REFUND_IN_PROGRESS');
    expect(await harness.client.GetPayment({ orderId: intent.orderId })).toMatchObject({ status: 'captured', refundedAmount: 0 });

    const refund = await recoverUntil(async () => {
      const payment = await harness.client.GetPayment({ orderId: intent.orderId });
      return payment.refundedAmount === 400 ? harness.client.Refund(request) : undefined;
    });
    expect(refund).toMatchObject({ ticketId: 't-1', amount: 400, paymentStatus: 'partially_refunded', refundedTotal: 400 });
    expect(ecpayHost.doActions(intent.merchantTradeNo).map((fields) => fields.Action)).toEqual(['C', 'R']);
    expect(ecpayHost.trade(intent.merchantTradeNo)?.closeData).toEqual([{ status: '要關帳', amount: 1000 }, { status: '要退款', amount: 400 }]);
    expect(await refundEventsOf(intent)).toHaveLength(1);
    const [detailQuery] = ecpayHost.posts('/CreditDetail/QueryTrade/V2').slice(-1);
    expect(detailQuery?.fields).toMatchObject({ CreditRefundId: ecpayHost.trade(intent.merchantTradeNo)?.gwsr, CreditAmount: '1200', CreditCheckCode: '62861749' });
  });

  it('R4: a capture that never reached ECPay is found not closed and sent once more; the trade is closed once', async () => {
    const intent = await authorizedIntent();
    ecpayHost.nextDoActions('unreachable');
    await issue(intent, 1200);
    await harness.drainEvents();
    expect((await harness.client.GetPayment({ orderId: intent.orderId })).status).toBe('authorized');

    await recoverUntil(async () => ((await harness.client.GetPayment({ orderId: intent.orderId })).status === 'captured' ? true : undefined));
    expect(ecpayHost.doActions(intent.merchantTradeNo).map((fields) => fields.Action)).toEqual(['C', 'C']);
    expect(ecpayHost.trade(intent.merchantTradeNo)?.closeData).toEqual([{ status: '要關帳', amount: 1200 }]);
    expect((await harness.outboxEvents('payment.captured')).filter((event) => (event.data as { orderId: string }).orderId === intent.orderId)).toHaveLength(1);
  });

  it('R11: a refund ECPay’s record cannot explain stays requested and is reported; nothing is sent again', async () => {
    const intent = await capturedIntent(1000);
    ecpayHost.nextDoActions('answer-lost');
    const request = { orderId: intent.orderId, ticketId: 't-1', amount: 300, reason: 'returned' };
    expect((await refusalOf(harness.client.Refund(request))).code).toBe('REFUND_IN_PROGRESS');
    // Someone refunded by hand in ECPay's back office as well: the totals no longer tell which refund happened.
    ecpayHost.trade(intent.merchantTradeNo)?.closeData.push({ status: '要退款', amount: 100 });

    await recoverUntil(async () => (harness.logsAt('error').some((line) => line.includes('does not explain') && line.includes(intent.paymentId)) ? true : undefined));
    expect(ecpayHost.doActions(intent.merchantTradeNo).map((fields) => fields.Action)).toEqual(['C', 'R']);
    expect(await harness.client.GetPayment({ orderId: intent.orderId })).toMatchObject({ status: 'captured', refundedAmount: 0 });
    expect((await refusalOf(harness.client.Refund(request))).code).toBe('REFUND_IN_PROGRESS');
  });
});
