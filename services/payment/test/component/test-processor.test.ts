import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { paymentV1 } from '@ecticket/contracts';
import { outboxCollection } from '@ecticket/platform';
import { paymentCollections } from '../../src/infrastructure/collections';
import { PaymentHarness, eventually, newIntent, refusalOf } from '../support/harness';
import { LocalHttpServer, type PostHandler } from '../support/http-servers';
import { testProcessorAccount } from '../support/notices';

const harness = new PaymentHarness();
/** Stands in for the gateway's callback route: forwards each POST to HandleProcessorCallback and answers its reply. */
const forwardToService: PostHandler = async ({ contentType, body }) => {
  const { reply } = await harness.client.HandleProcessorCallback({ processor: '', contentType, rawBody: body });
  return { status: 200, body: reply };
};
const gateway = new LocalHttpServer(forwardToService);

const CVV = '741';
const cardsEntered = new Set<string>();

beforeAll(async () => {
  await gateway.start();
  await harness.start({
    PAYMENT_CALLBACK_URL: gateway.url('/v1/payments/callback'),
    PUBLIC_BASE_URL: 'http://shop.example:8080',
    TEST_PROCESSOR_CALLBACK_RETRY_SECONDS: '30',
    TEST_PROCESSOR_CALLBACK_MAX_ATTEMPTS: '3',
  });
});
afterAll(async () => {
  await harness.stop();
  await gateway.stop();
});
afterEach(() => gateway.answerWith(forwardToService));

function submit(intent: paymentV1.PaymentIntent__Output, card: Partial<paymentV1.SubmitTestCardRequest> = {}) {
  const request = { paymentId: intent.paymentId, cardNumber: '4311 9500 0000 0002', expiryMonth: 12, expiryYear: 2028, cvv: CVV, installments: 1, ...card };
  cardsEntered.add((request.cardNumber ?? '').replace(/\D/g, ''));
  return harness.client.SubmitTestCard(request);
}

async function authorizedPayment(intent: paymentV1.PaymentIntent__Output) {
  return eventually(async () => {
    const payment = await harness.client.GetPayment({ orderId: intent.orderId });
    return payment.status === 'authorized' ? payment : undefined;
  });
}

describe('the test checkout', () => {
  it('is where the intent sends the buyer, and shows the amount, description, merchant and status', async () => {
    const intent = await newIntent(harness, { merchantName: 'Tea House' });
    expect(intent.checkout).toEqual({ actionUrl: 'http://shop.example:8080/v1/test-processor/checkout', method: 'POST', fields: { payment_id: intent.paymentId } });
    expect(await harness.client.GetTestCheckout({ paymentId: intent.paymentId })).toEqual({
      paymentId: intent.paymentId,
      orderId: intent.orderId,
      amount: 1200,
      description: 'Afternoon tea for two',
      merchantName: 'Tea House',
      status: 'pending',
      cardBrand: '',
      cardLast4: '',
      processorTradeNo: '',
    });
  });

  it('does not know payments that do not exist', async () => {
    expect((await refusalOf(harness.client.GetTestCheckout({ paymentId: 'no-such-payment' }))).code).toBe('PAYMENT_NOT_FOUND');
  });
});

describe('R3: cards the test processor refuses', () => {
  it.each<[string, Partial<paymentV1.SubmitTestCardRequest>, string]>([
    ['instalments', { installments: 6 }, 'CARD_INSTALLMENTS_NOT_ALLOWED'],
    ['a brand other than VISA, MasterCard or JCB (American Express)', { cardNumber: '378282246310005' }, 'CARD_BRAND_NOT_ACCEPTED'],
    ['a wrong check digit (Luhn)', { cardNumber: '4311950000000003' }, 'CARD_CHECK_DIGIT_INVALID'],
    ['a card issued abroad', { cardNumber: '4111111111111111' }, 'CARD_ISSUED_OUTSIDE_TAIWAN'],
    ['an issuer the table does not know', { cardNumber: '4000000000000002' }, 'CARD_ISSUER_UNKNOWN'],
    ['an expired card', { expiryMonth: 2, expiryYear: 2026 }, 'CARD_EXPIRED'],
    ['a malformed number', { cardNumber: '1234' }, 'CARD_NUMBER_MALFORMED'],
    ['a malformed CVV', { cvv: '12' }, 'CARD_CVV_INVALID'],
  ])('R3: refuses %s, with its own code; nothing is authorized or sent', async (_case, card, code) => {
    const intent = await newIntent(harness);
    const posts = gateway.received.length;
    const refusal = await refusalOf(submit(intent, card));
    expect(refusal.code).toBe(code);
    expect(refusal.message).not.toContain(card.cardNumber ?? '4311950000000002');
    const checkout = await harness.client.GetTestCheckout({ paymentId: intent.paymentId });
    expect(checkout).toMatchObject({ status: 'pending', cardBrand: '', processorTradeNo: '' });
    expect(gateway.received.length).toBe(posts);
  });
});

describe('R3: a card the test processor accepts', () => {
  it('R3: is authorized, and the same signed notice as ECPay is POSTed to the callback URL, which authorizes the payment', async () => {
    const intent = await newIntent(harness);
    const posts = gateway.received.length;
    const answer = await submit(intent, { cardNumber: '3566-9900-0000-0002' });
    expect(answer).toMatchObject({ paymentId: intent.paymentId, cardBrand: 'jcb', cardLast4: '0002', processorTradeNo: expect.stringMatching(/^\d{20}$/) });

    const payment = await authorizedPayment(intent);
    expect(payment.processorTradeNo).toBe(answer.processorTradeNo);
    const notice = gateway.received[posts];
    expect(notice).toMatchObject({ path: '/v1/payments/callback', contentType: 'application/x-www-form-urlencoded' });
    expect(notice?.fields).toMatchObject({
      MerchantID: testProcessorAccount.merchantId,
      MerchantTradeNo: intent.merchantTradeNo,
      RtnCode: '1',
      RtnMsg: '交易成功',
      TradeNo: answer.processorTradeNo,
      TradeAmt: '1200',
      PaymentType: 'Credit_CreditCard',
      SimulatePaid: '0',
      CheckMacValue: expect.stringMatching(/^[0-9A-F]{64}$/),
    });
    expect((await harness.outboxEvents('payment.authorized')).filter((event) => (event.data as { paymentId: string }).paymentId === intent.paymentId)).toHaveLength(1);
    expect(await harness.client.GetTestCheckout({ paymentId: intent.paymentId })).toMatchObject({ status: 'authorized', cardBrand: 'jcb', cardLast4: '0002' });
  });

  it.each([
    ['VISA', '4311950000000002', 'visa'],
    ['MasterCard 51–55', '5521990000000001', 'mastercard'],
    ['MasterCard 2221–2720', '2223000000000007', 'mastercard'],
  ])('R3: takes a Taiwanese %s card', async (_brand, cardNumber, brand) => {
    const intent = await newIntent(harness);
    expect((await submit(intent, { cardNumber })).cardBrand).toBe(brand);
    await authorizedPayment(intent);
  });

  it('takes one card per payment', async () => {
    const intent = await newIntent(harness);
    await submit(intent);
    const again = await refusalOf(submit(intent));
    expect(['TEST_PAYMENT_ALREADY_SUBMITTED', 'PAYMENT_NOT_PENDING']).toContain(again.code);
    await authorizedPayment(intent);
    expect((await refusalOf(submit(intent))).code).toBe('PAYMENT_NOT_PENDING');
  });
});

describe("the test processor's notice retries", () => {
  it('resends a notice that was not answered 1|OK, as ECPay does (RtnMsg "paid"), until it is', async () => {
    gateway.answerWith(async () => ({ status: 503, body: 'busy' }));
    const intent = await newIntent(harness);
    const posts = gateway.received.length;
    await submit(intent);
    await eventually(async () => (gateway.received.length > posts ? true : undefined));
    expect((await harness.client.GetPayment({ orderId: intent.orderId })).status).toBe('pending');
    expect(harness.logsAt('warn').some((line) => line.includes('will be resent'))).toBe(true);

    gateway.answerWith(forwardToService);
    harness.clock.advance(30_000);
    await harness.service.scheduler.runDueJobs();
    await authorizedPayment(intent);
    const sent = gateway.received.slice(posts).filter((post) => post.fields.MerchantTradeNo === intent.merchantTradeNo);
    expect(sent.map((post) => post.fields.RtnMsg)).toEqual(['交易成功', 'paid']);
  });

  it('gives up after TEST_PROCESSOR_CALLBACK_MAX_ATTEMPTS sends', async () => {
    gateway.answerWith(async () => ({ status: 200, body: '0|not now' }));
    const intent = await newIntent(harness);
    await submit(intent);
    const sentFor = () => gateway.received.filter((post) => post.fields.MerchantTradeNo === intent.merchantTradeNo).length;
    await eventually(async () => (sentFor() === 1 ? true : undefined));
    for (let round = 0; round < 4; round += 1) {
      harness.clock.advance(30_000);
      await harness.service.scheduler.runDueJobs();
    }
    await eventually(async () => (harness.logsAt('error').some((line) => line.includes('no more resends')) ? true : undefined));
    expect(sentFor()).toBe(3);
  });
});

describe('card data', () => {
  it('no card number or CVV is anywhere in the store, the outbox or the logs after the suite', async () => {
    expect(cardsEntered.size).toBeGreaterThan(5);
    const documents = await Promise.all([...paymentCollections, outboxCollection].map((spec) => harness.service.store.collection(spec).find({})));
    const stored = JSON.stringify(documents);
    const logged = harness.logs.map((line) => line.text).join('\n');
    const files = readdirSync(harness.dataDir)
      .filter((name) => name.startsWith('payment.sqlite') || name.startsWith('bus.sqlite'))
      .map((name) => readFileSync(path.join(harness.dataDir, name)).toString('latin1'))
      .join('\n');
    for (const number of cardsEntered) {
      for (const text of [stored, logged, files]) expect(text).not.toContain(number);
    }
    expect(stored).not.toContain(`"${CVV}"`);
    expect(stored).not.toMatch(/cvv|cardNumber|card_number/i);
    expect(logged).not.toMatch(new RegExp(`\\b${CVV}\\b`));
    expect(stored).toContain('"last4":"0002"');
  });
});
