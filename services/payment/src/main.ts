import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import { migrateLegacyRefunds } from './application/money-actions';
import type { CardProcessor, PaymentDeps, TestCardDesk } from './application/ports';
import { loadEcpayConfigOrExit, loadPaymentConfigOrExit, type PaymentConfig } from './config';
import type { AioAccount } from './infrastructure/aio/aio-protocol';
import { paymentCollections } from './infrastructure/collections';
import { createEcpayProcessor, type EcpaySettings } from './infrastructure/ecpay-processor';
import { createFormPoster, type FormPoster } from './infrastructure/http-client';
import { NoticeSender } from './infrastructure/test-processor/notice-sender';
import { TestProcessor } from './infrastructure/test-processor/test-processor';
import { consumeOrderOutcomes } from './transport/events';
import { paymentServiceDefinition, paymentServiceHandlers } from './transport/grpc/payment-service';
import { recoverMoneyActionsJob, resendTestNoticesJob } from './transport/jobs';

/** The gateway serves the test processor's checkout page here, under PUBLIC_BASE_URL. */
export const TEST_CHECKOUT_PATH = '/v1/test-processor/checkout';

/** Composition root of the payment service: its store, processor, transports and jobs. */
export async function startPaymentService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const config = loadPaymentConfigOrExit(resources.environment);
  const runtime = await ServiceRuntime.create('payment', paymentCollections, resources, listenAddress);
  const poster = createFormPoster(config.PROCESSOR_HTTP_TIMEOUT_MS);
  const processing = config.PAYMENT_PROCESSOR === 'ecpay' ? ecpayProcessing(resources, config, poster) : testProcessing(runtime, config, poster);
  const deps: PaymentDeps = {
    store: runtime.store,
    outbox: runtime.relay,
    clock: runtime.clock,
    logger: runtime.logger,
    issuers: config.TEST_CARD_ISSUERS,
    actionLeaseMs: config.PAYMENT_ACTION_LEASE_SECONDS * 1000,
    ...processing,
  };
  runtime.grpc.addService(paymentServiceDefinition(), paymentServiceHandlers(deps));
  await migrateLegacyRefunds(deps);
  consumeOrderOutcomes(runtime, deps);
  runtime.schedule(recoverMoneyActionsJob(deps, config.PAYMENT_RECOVERY_INTERVAL_SECONDS * 1000));
  await runtime.start();
  runtime.logger.info({ processor: deps.processor.name }, 'card processor ready');
  return runtime;
}

interface Processing {
  readonly processor: CardProcessor;
  readonly testDesk: TestCardDesk | null;
}

function ecpayProcessing(resources: HostResources, config: PaymentConfig, poster: FormPoster): Processing {
  const ecpay = loadEcpayConfigOrExit(resources.environment);
  const account: AioAccount = { merchantId: ecpay.ECPAY_MERCHANT_ID, hashKey: ecpay.ECPAY_HASH_KEY, hashIv: ecpay.ECPAY_HASH_IV };
  const settings: EcpaySettings = {
    account,
    checkoutUrl: ecpay.ECPAY_CHECKOUT_URL,
    actionUrl: ecpay.ECPAY_ACTION_URL,
    tradeInfoUrl: ecpay.ECPAY_QUERY_TRADE_INFO_URL,
    creditDetailUrl: ecpay.ECPAY_CREDIT_QUERY_URL,
    creditCheckCode: ecpay.ECPAY_CREDIT_CHECK_CODE,
    callbackUrl: config.PAYMENT_CALLBACK_URL,
  };
  return { processor: createEcpayProcessor(settings, poster, resources.clock), testDesk: null };
}

function testProcessing(runtime: ServiceRuntime, config: PaymentConfig, poster: FormPoster): Processing {
  const account: AioAccount = { merchantId: config.TEST_PROCESSOR_MERCHANT_ID, hashKey: config.TEST_PROCESSOR_HASH_KEY, hashIv: config.TEST_PROCESSOR_HASH_IV };
  const notices = new NoticeSender(runtime.store, runtime.clock, runtime.logger, poster, {
    account,
    callbackUrl: config.PAYMENT_CALLBACK_URL,
    retryDelayMs: config.TEST_PROCESSOR_CALLBACK_RETRY_SECONDS * 1000,
    maxAttempts: config.TEST_PROCESSOR_CALLBACK_MAX_ATTEMPTS,
  });
  runtime.schedule(resendTestNoticesJob(notices));
  const testProcessor = new TestProcessor(runtime.store, runtime.clock, notices, { account, checkoutUrl: `${config.PUBLIC_BASE_URL.replace(/\/+$/, '')}${TEST_CHECKOUT_PATH}` });
  return { processor: testProcessor, testDesk: testProcessor };
}

if (require.main === module) void runStandaloneService('payment', startPaymentService);
