import { loadConfig } from '@ecticket/platform';
import { ecpayConfigShape, paymentConfigShape } from '../../src/config';

describe('configuration', () => {
  it('defaults to the built-in test processor with the demo issuer table', () => {
    const config = loadConfig(paymentConfigShape, {});
    expect(config).toMatchObject({
      PAYMENT_PROCESSOR: 'test',
      PAYMENT_CALLBACK_URL: 'http://127.0.0.1:8080/v1/payments/callback',
      PUBLIC_BASE_URL: 'http://127.0.0.1:8080',
      TEST_PROCESSOR_MERCHANT_ID: '3002607',
    });
    expect(config.TEST_CARD_ISSUERS.get('431195')).toBe('TW');
  });

  it('names each malformed variable', () => {
    expect(() => loadConfig(paymentConfigShape, { PAYMENT_PROCESSOR: 'stripe', TEST_CARD_ISSUERS: 'TW' })).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/^PAYMENT_PROCESSOR is invalid/), expect.stringMatching(/^TEST_CARD_ISSUERS is invalid/)] }),
    );
  });

  it('requires every ECPay variable for the ecpay processor', () => {
    expect(() => loadConfig(ecpayConfigShape, { ECPAY_MERCHANT_ID: '3002607' })).toThrow(
      expect.objectContaining({
        problems: ['ECPAY_HASH_KEY is required but not set', 'ECPAY_HASH_IV is required but not set', 'ECPAY_CHECKOUT_URL is required but not set', 'ECPAY_ACTION_URL is required but not set'],
      }),
    );
  });
});
