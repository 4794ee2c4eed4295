import { ConfigError, env, loadConfig, loadConfigOrExit, type Environment } from '@ecticket/platform';
import { z } from 'zod';
import { parseIssuerTable, type IssuerTable } from './domain/card';
import { processorNames } from './domain/payment';

/**
 * The test processor's issuer table when TEST_CARD_ISSUERS is unset (fictional test BINs):
 * Taiwan: 431195 (VISA, e.g. 4311950000000002), 552199 (MasterCard, 5521990000000001),
 * 222300 (MasterCard 2-series, 2223000000000007), 356699 (JCB, 3566990000000002);
 * abroad, refused: 411111 (VISA US, 4111111111111111), 555555 (MasterCard US, 5555555555554444),
 * 353011 (JCB JP, 3530111333300000). Any other number's issuer is unknown, and refused too.
 */
export const DEFAULT_TEST_CARD_ISSUERS = '431195:TW,552199:TW,222300:TW,356699:TW,411111:US,555555:US,353011:JP';

function issuerTable(text: string, context: z.RefinementCtx): IssuerTable {
  const table = parseIssuerTable(text);
  if (table) return table;
  context.addIssue({ code: 'custom', message: 'expected {"<BIN prefix>":"<country>"} or <BIN prefix>:<country>,…' });
  return z.NEVER;
}

/** The payment service's own variables (the process-wide ones are read by the host). */
export const paymentConfigShape = {
  /** `test` (the built-in test processor) or `ecpay`. */
  PAYMENT_PROCESSOR: z.enum(processorNames).default('test'),
  /** Our ReturnURL: where the processor posts its result notices (the gateway's callback route). */
  PAYMENT_CALLBACK_URL: env.url().default('http://127.0.0.1:8080/v1/payments/callback'),
  /** The gateway's public address; the test processor's checkout page is under it. */
  PUBLIC_BASE_URL: env.url().default('http://127.0.0.1:8080'),
  /** How long a call to the processor (or a test-processor notice) may take. */
  PROCESSOR_HTTP_TIMEOUT_MS: env.positiveInt().default(10_000),
  /**
   * How long an attempt holds a capture, void or refund. One still unsettled after it is taken over
   * and first looked up at the processor, so it must outlast any processor call by far.
   */
  PAYMENT_ACTION_LEASE_SECONDS: env.positiveInt().min(30).default(120),
  /** How often money actions left unsettled (a crash, a lost answer) are driven to an end. */
  PAYMENT_RECOVERY_INTERVAL_SECONDS: env.positiveInt().default(30),
  /** The test processor's own AIO account, which signs its notices; ECPay's public stage account by default. */
  TEST_PROCESSOR_MERCHANT_ID: env.string().default('3002607'),
  TEST_PROCESSOR_HASH_KEY: env.string().default('pwFHCqoQZGmho4w6'),
  TEST_PROCESSOR_HASH_IV: env.string().default('EkRm7iFT261dpevs'),
  /** Delay before the test processor resends an unacknowledged notice (ECPay: 5–15 minutes). */
  TEST_PROCESSOR_CALLBACK_RETRY_SECONDS: env.positiveInt().default(30),
  /** Sends of one notice in all (ECPay: the first and 4 resends). */
  TEST_PROCESSOR_CALLBACK_MAX_ATTEMPTS: env.positiveInt().max(20).default(5),
  /** Issuer country by BIN prefix: JSON {"431195":"TW"} or `431195:TW,411111:US`. */
  TEST_CARD_ISSUERS: env.string().default(DEFAULT_TEST_CARD_ISSUERS).transform(issuerTable),
};

/** Required with PAYMENT_PROCESSOR=ecpay. Keys are configuration only: never stored or logged. */
export const ecpayConfigShape = {
  ECPAY_MERCHANT_ID: env.string(),
  ECPAY_HASH_KEY: env.string(),
  ECPAY_HASH_IV: env.string(),
  /** e.g. https://payment-stage.ecpay.com.tw/Cashier/AioCheckOut/V5 */
  ECPAY_CHECKOUT_URL: env.url(),
  /** e.g. https://payment-stage.ecpay.com.tw/CreditDetail/DoAction */
  ECPAY_ACTION_URL: env.url(),
  /** e.g. https://payment-stage.ecpay.com.tw/Cashier/QueryTradeInfo/V5 */
  ECPAY_QUERY_TRADE_INFO_URL: env.url(),
  /** e.g. https://payment-stage.ecpay.com.tw/CreditDetail/QueryTrade/V2 */
  ECPAY_CREDIT_QUERY_URL: env.url(),
  /** The merchant's credit check code (商家檢查碼, in ECPay's back office), which QueryTrade/V2 asks for. */
  ECPAY_CREDIT_CHECK_CODE: z.string().regex(/^\d{1,10}$/, 'expected the digits of the credit check code'),
};

export type PaymentConfig = ReturnType<typeof loadPaymentConfig>;
export type EcpayConfig = ReturnType<typeof loadEcpayConfigOrExit>;

/** Lease and timeout are read together: a lease a processor call could outlast would take a slow answer for a lost one. */
export function loadPaymentConfig(environment: Environment) {
  const config = loadConfig(paymentConfigShape, environment);
  if (config.PAYMENT_ACTION_LEASE_SECONDS * 1000 < 3 * config.PROCESSOR_HTTP_TIMEOUT_MS) {
    throw new ConfigError([`PAYMENT_ACTION_LEASE_SECONDS is invalid: must be at least 3 × PROCESSOR_HTTP_TIMEOUT_MS (${config.PROCESSOR_HTTP_TIMEOUT_MS} ms)`]);
  }
  return config;
}

/** For the composition root: a bad value stops the process with a message naming it. */
export function loadPaymentConfigOrExit(environment: Environment): PaymentConfig {
  try {
    return loadPaymentConfig(environment);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
}

export function loadEcpayConfigOrExit(environment: Environment) {
  return loadConfigOrExit(ecpayConfigShape, environment);
}
