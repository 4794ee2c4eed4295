import { GatewayUnderTest } from './support/gateway-harness';

const notice = 'MerchantID=3002607&MerchantTradeNo=T1&RtnCode=1&TradeNo=1&TradeAmt=100&CheckMacValue=00';

/** The callback route's own answers, before and without the payment service's judgement. */
describe('the payment callback route', () => {
  let gateway: GatewayUnderTest;

  beforeAll(async () => {
    // Nothing listens there: every call to a service fails as when it is down.
    gateway = await GatewayUnderTest.start(() => '127.0.0.1:1');
  });
  afterAll(() => gateway?.stop());

  it('answers 503 when the payment service cannot take the notice, so the processor resends it', async () => {
    const answer = await gateway.request('post', '/v1/payments/callback', { body: notice, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(answer).toMatchObject({ status: 503, body: { code: 'PAYMENT_SERVICE_UNAVAILABLE' } });
    expect(answer.text).not.toContain('1|OK');
  });

  it('never refuses a notice over its Idempotency-Key: the processor could not fix it', async () => {
    const headers = { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': 'k'.repeat(300) };
    expect((await gateway.request('post', '/v1/payments/callback', { body: notice, headers })).body.code).toBe('PAYMENT_SERVICE_UNAVAILABLE');
  });

  it('refuses a body that is not a form', async () => {
    const answer = await gateway.request('post', '/v1/payments/callback', { body: { RtnCode: '1' } });
    expect(answer).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
  });
});
