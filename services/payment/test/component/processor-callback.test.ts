import type { paymentV1 } from '@ecticket/contracts';
import { PaymentHarness, newIntent } from '../support/harness';
import { formBody, paidNotice, testProcessorAccount } from '../support/notices';

const harness = new PaymentHarness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const FORM = 'application/x-www-form-urlencoded';

/** What the gateway's callback route does: pass the raw body on, answer with the reply. */
async function postNotice(fields: Record<string, string>, contentType = FORM): Promise<string> {
  const { reply } = await harness.client.HandleProcessorCallback({ processor: '', contentType, rawBody: formBody(fields) });
  return reply;
}

async function statusOf(intent: paymentV1.PaymentIntent__Output): Promise<string> {
  return (await harness.client.GetPayment({ orderId: intent.orderId })).status;
}

async function eventsAbout(intent: paymentV1.PaymentIntent__Output, type: string) {
  return (await harness.outboxEvents(type)).filter((event) => (event.data as { orderId: string }).orderId === intent.orderId);
}

describe('T2: a genuine notice is applied once however often it arrives', () => {
  it('T2: 5 times in a row, then 20 times at once → one authorization, one payment.authorized, every reply 1|OK', async () => {
    const intent = await newIntent(harness);
    const first = paidNotice(intent);
    const resent = paidNotice(intent, testProcessorAccount, { RtnMsg: 'paid' });
    const sequential: string[] = [];
    for (const fields of [first, resent, resent, resent, resent]) sequential.push(await postNotice(fields));
    const concurrent = await Promise.all(Array.from({ length: 20 }, () => postNotice(resent)));

    expect([...sequential, ...concurrent]).toEqual(Array(25).fill('1|OK'));
    const payment = await harness.client.GetPayment({ orderId: intent.orderId });
    expect(payment).toMatchObject({ status: 'authorized', processorTradeNo: '2603011700001234', checkout: null });
    const authorized = await eventsAbout(intent, 'payment.authorized');
    expect(authorized).toHaveLength(1);
    expect(authorized[0]).toMatchObject({ producer: 'payment', merchantId: 'merchant-1', data: { paymentId: intent.paymentId, amount: 1200, processor: 'test', processorTradeNo: '2603011700001234' } });
  });

  it('T2: 20 copies at once on a pending payment still authorize it exactly once', async () => {
    const intent = await newIntent(harness);
    const replies = await Promise.all(Array.from({ length: 20 }, () => postNotice(paidNotice(intent))));
    expect(new Set(replies)).toEqual(new Set(['1|OK']));
    expect(await eventsAbout(intent, 'payment.authorized')).toHaveLength(1);
  });

  it('takes the notice as a field map too, when the gateway parsed the form itself', async () => {
    const intent = await newIntent(harness);
    const { reply } = await harness.client.HandleProcessorCallback({ processor: 'test', fields: paidNotice(intent) });
    expect(reply).toBe('1|OK');
    expect(await statusOf(intent)).toBe('authorized');
  });
});

describe('T2: a notice that fails verification changes nothing, is logged, and is not answered 1|OK', () => {
  async function expectRefused(intent: paymentV1.PaymentIntent__Output, fields: Record<string, string>, reason: string, contentType = FORM): Promise<void> {
    const warningsBefore = harness.logsAt('warn').length;
    expect(await postNotice(fields, contentType)).toBe(`0|${reason}`);
    expect(await statusOf(intent)).toBe('pending');
    expect(await eventsAbout(intent, 'payment.authorized')).toHaveLength(0);
    const warnings = harness.logsAt('warn').slice(warningsBefore);
    expect(warnings).toEqual([expect.stringContaining(reason)]);
    expect(warnings[0]).not.toContain(fields.CheckMacValue);
    expect(warnings[0]).not.toContain(testProcessorAccount.hashKey);
  }

  it('T2: a wrong CheckMacValue', async () => {
    const intent = await newIntent(harness);
    const fields = paidNotice(intent);
    const value = fields.CheckMacValue ?? '';
    await expectRefused(intent, { ...fields, CheckMacValue: `${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}` }, 'CheckMacValue error');
  });

  it('T2: a wrong amount, even when signed', async () => {
    const intent = await newIntent(harness);
    await expectRefused(intent, paidNotice({ ...intent, amount: 1 }), 'TradeAmt mismatch');
  });

  it('T2: a tampered amount (the signature no longer matches)', async () => {
    const intent = await newIntent(harness);
    await expectRefused(intent, { ...paidNotice(intent), TradeAmt: '1' }, 'CheckMacValue error');
  });

  it('T2: a wrong merchant id, even when signed', async () => {
    const intent = await newIntent(harness);
    await expectRefused(intent, paidNotice(intent, testProcessorAccount, { MerchantID: '2000132' }), 'MerchantID mismatch');
  });

  it('an unknown MerchantTradeNo', async () => {
    const intent = await newIntent(harness);
    await expectRefused(intent, paidNotice({ ...intent, merchantTradeNo: 'EP000000000000000000' }), 'unknown MerchantTradeNo');
  });

  it('a body that is not one form (another media type, a repeated field)', async () => {
    const intent = await newIntent(harness);
    await expectRefused(intent, paidNotice(intent), 'unreadable notice', 'application/json');
    const { reply } = await harness.client.HandleProcessorCallback({ contentType: FORM, rawBody: `${formBody(paidNotice(intent))}&TradeAmt=1` });
    expect(reply).toBe('0|unreadable notice');
  });

  it('a processor other than the configured one', async () => {
    const intent = await newIntent(harness);
    const { reply } = await harness.client.HandleProcessorCallback({ processor: 'ecpay', contentType: FORM, rawBody: formBody(paidNotice(intent)) });
    expect(reply).toBe('0|unknown processor');
    expect(await statusOf(intent)).toBe('pending');
  });
});

describe('other outcomes', () => {
  it('SimulatePaid=1 is recorded but is no money event: the payment stays pending, nothing is authorized', async () => {
    const intent = await newIntent(harness);
    const simulated = paidNotice(intent, testProcessorAccount, { SimulatePaid: '1' });
    expect(await postNotice(simulated)).toBe('1|OK');
    expect(await postNotice(simulated)).toBe('1|OK');
    expect(await statusOf(intent)).toBe('pending');
    expect(await harness.outboxEvents().then((events) => events.filter((event) => (event.data as { orderId: string }).orderId === intent.orderId))).toEqual([]);
    expect(harness.logsAt('info').some((line) => line.includes('simulated payment recorded') && line.includes(intent.paymentId))).toBe(true);
  });

  it('a declined card fails the payment once, with payment.failed', async () => {
    const intent = await newIntent(harness);
    const declined = paidNotice(intent, testProcessorAccount, { RtnCode: '10200058', RtnMsg: 'card declined' });
    expect(await postNotice(declined)).toBe('1|OK');
    expect(await postNotice(declined)).toBe('1|OK');
    expect(await statusOf(intent)).toBe('failed');
    expect((await eventsAbout(intent, 'payment.failed')).map((event) => event.data)).toEqual([expect.objectContaining({ reason: 'card declined' })]);
  });

  it('R9: a paid notice for a payment its order’s abandonment closed is acknowledged and its authorization released, never issued for', async () => {
    const intent = await newIntent(harness);
    await harness.deliver('order.abandoned', { orderId: intent.orderId, merchantId: 'merchant-1', reason: 'abandoned', abandonedAt: harness.clock.now().toISOString() }, 'merchant-1');
    await harness.drainEvents();
    expect(await postNotice(paidNotice(intent))).toBe('1|OK');
    expect(['authorized', 'voided']).toContain(await statusOf(intent));
    expect(await eventsAbout(intent, 'payment.authorized')).toHaveLength(0);
    expect(harness.logsAt('warn').some((line) => line.includes('abandoned unpaid') && line.includes(intent.paymentId))).toBe(true);
  });
});
