import { loadConfig } from '@ecticket/platform';
import { ecpayConfigShape, loadPaymentConfig, paymentConfigShape } from '../../src/config';

describe('configuration', () => {
  it('defaults to the built-in test processor with the demo issuer table', () => {
    const config = loadConfig(paymentConfigShape, {});
    expect(config).toMatchObject({
      PAYMENT_PROCESSOR: 'test',
      PAYMENT_CALLBACK_URL: 'http://127.0.0.1:8080/v1/payments/callback',
      PUBLIC_BASE_URL: 'http://127.0.0.1:8080',
      TEST_PROCESSOR_MERCHANT_ID: '3002607',
      PAYMENT_ACTION_LEASE_SECONDS: 120,
      PAYMENT_RECOVERY_INTERVAL_SECONDS: 30,
    });
    expect(config.TEST_CARD_ISSUERS.get('431195')).toBe('TW');
  });

  it('names each malformed variable', () => {
    expect(() => loadConfig(paymentConfigShape, { PAYMENT_PROCESSOR: 'stripe', TEST_CARD_ISSUERS: 'TW' })).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/^PAYMENT_PROCESSOR is invalid/), expect.stringMatching(/^TEST_CARD_ISSUERS is invalid/)] }),
    );
    expect(() => loadConfig(paymentConfigShape, { PAYMENT_ACTION_LEASE_SECONDS: '5' })).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/^PAYMENT_ACTION_LEASE_SECONDS is invalid/)] }),
    );
  });

  it('refuses a money-action lease that a processor call could outlast', () => {
    expect(loadPaymentConfig({ PROCESSOR_HTTP_TIMEOUT_MS: '40000', PAYMENT_ACTION_LEASE_SECONDS: '120' }).PAYMENT_ACTION_LEASE_SECONDS).toBe(120);
    expect(() => loadPaymentConfig({ PROCESSOR_HTTP_TIMEOUT_MS: '41000', PAYMENT_ACTION_LEASE_SECONDS: '120' })).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/^PAYMENT_ACTION_LEASE_SECONDS is invalid: must be at least 3 × PROCESSOR_HTTP_TIMEOUT_MS/)] }),
    );
  });

  it('requires every ECPay variable for the ecpay processor', () => {
    expect(() => loadConfig(ecpayConfigShape, { ECPAY_MERCHANT_ID: '3002607' })).toThrow(
      expect.objectContaining({
        problems: [
          'ECPAY_HASH_KEY is required but not set',
          'ECPAY_HASH_IV is required but not set',
          'ECPAY_CHECKOUT_URL is required but not set',
          'ECPAY_ACTION_URL is required but not set',
          'ECPAY_QUERY_TRADE_INFO_URL is required but not set',
          'ECPAY_CREDIT_QUERY_URL is required but not set',
          'ECPAY_CREDIT_CHECK_CODE is required but not set',
        ],
      }),
    );
  });
});
