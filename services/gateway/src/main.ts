import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import {
  configuredDirectory,
  createLogger,
  env,
  jobLeases,
  loadConfig,
  loadConfigOrExit,
  loadOrCreateSecret,
  loadProcessConfig,
  openServiceStore,
  processConfigShape,
  Scheduler,
  stopOnSignals,
  systemClock,
  type Clock,
  type CollectionSpec,
  type Environment,
  type Logger,
  type ServiceDirectory,
  type Store,
  type StoreLocation,
  type StoredDocument,
} from '@ecticket/platform';
import { AccessTokenVerifier, tokenRefusals } from './application/authenticate';
import { idempotencyRecords, IdempotentRequests } from './application/idempotency';
import { minimumPartnerSecretLength, parsePartnerSecrets, PartnerRequestVerifier, seenNonces, type PartnerSecrets } from './application/partner-signatures';
import { quotaWindows, RequestQuota } from './application/request-quota';
import { createAccountClient, type AccountClient } from './infrastructure/account-client';
import { createIssuanceClient } from './infrastructure/issuance-client';
import { createNotificationClient } from './infrastructure/notification-client';
import { createPaymentClient } from './infrastructure/payment-client';
import { createRedemptionClient } from './infrastructure/redemption-client';
import { createServiceHealthProbes } from './infrastructure/service-health';
import { createSettlementClient } from './infrastructure/settlement-client';
import { CachedVerificationKeys } from './infrastructure/verification-keys';
import { accountRoutes } from './transport/http/account/routes';
import { createHttpApp } from './transport/http/app';
import { bearerAuthenticator, type RequestAuthenticator } from './transport/http/authentication';
import { issuanceRoutes } from './transport/http/issuance/routes';
import { orderLookupRoutes } from './transport/http/lookup/routes';
import { kioskRoutes } from './transport/http/kiosk/routes';
import { notificationRoutes } from './transport/http/notification/routes';
import { buildOpenApiDocument } from './transport/http/openapi';
import { signedRequestAuthenticator } from './transport/http/partner-authentication';
import { paymentRoutes } from './transport/http/payment/routes';
import { redemptionRoutes } from './transport/http/redemption/routes';
import type { RouteSpec } from './transport/http/routes';
import { settlementRoutes } from './transport/http/settlement/routes';
import { systemRoutes } from './transport/http/system-routes';
import { walletRoutes } from './transport/http/wallet/routes';

/** Express's `trust proxy`: `true`/`false`, a hop count, or addresses and subnets (`loopback, 10.0.0.0/8`). */
function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

function partnerSecrets(text: string, context: z.RefinementCtx): PartnerSecrets {
  const secrets = parsePartnerSecrets(text);
  if (secrets) return secrets;
  // The message never repeats the value: it holds secrets.
  context.addIssue({ code: 'custom', message: `expected partnerId:secret,… with ids of letters, digits, - and _, each once, and secrets of at least ${minimumPartnerSecretLength} characters` });
  return z.NEVER;
}

/** The gateway's settings besides where it listens; every one has a default. */
export const gatewaySettingsShape = {
  AUTH_MAX_TOKEN_LENGTH: env.positiveInt().max(16_384).default(4096),
  AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(5).default(5),
  AUTH_KEYS_REFRESH_INTERVAL_SECONDS: env.positiveInt().default(30),
  AUTH_KEYS_MAX_AGE_SECONDS: env.positiveInt().default(600),
  IDEMPOTENCY_TTL_HOURS: z.coerce.number().int().min(24).max(720).default(24),
  IDEMPOTENCY_LOCK_TIMEOUT_SECONDS: env.positiveInt().default(30),
  /** The gateway's own secrets (the Idempotency-Key fingerprint key); default `<DATA_DIR>/gateway-keys`. Share it between replicas. */
  GATEWAY_KEYS_DIR: env.string().optional(),
  HTTP_TRUST_PROXY: env.string().default('false').transform(trustProxyValue),
  /** Convenience-store kiosk partners and the secrets they sign requests with; none: every kiosk request is refused (401 UNKNOWN_PARTNER). */
  KIOSK_PARTNERS: z.string().default('').transform(partnerSecrets),
  /** Pickup-code lookups per kiosk partner and minute: the codes are only about 40 bits. */
  KIOSK_LOOKUPS_PER_MINUTE: env.positiveInt().max(10_000).default(60),
};

export const gatewayConfigShape = {
  PORT: env.port().default(8080),
  HOST: env.string().default('0.0.0.0'),
  ...gatewaySettingsShape,
};

export interface GatewayOptions {
  readonly directory: ServiceDirectory;
  readonly logLevel: string;
  readonly port: number;
  readonly host: string;
  /**
   * The variables the gateway reads its settings (gatewaySettingsShape) and the place of its own
   * store (DATA_DIR, MONGO_URL) from; defaults to process.env.
   */
  readonly environment?: Environment;
  readonly clock?: Clock;
}

export interface RunningGateway {
  readonly url: string;
  readonly logger: Logger;
  stop(): Promise<void>;
}

const apiInfo = {
  title: 'ECTicket platform API',
  version: '1.0.0',
  description: [
    'Issue, deliver, redeem and settle e-tickets. Errors are RFC 9457 problem documents with a stable `code`.',
    `Authenticated operations take \`Authorization: Bearer <access token>\` from \`login\`; a refusal is 401 with code ${Object.values(tokenRefusals).join(', ')}, or 503 AUTH_KEYS_UNAVAILABLE while the keys cannot be fetched. A deleted sub-account, a changed password or branch binding is refused by the account service on the next request (401 SESSION_REVOKED: log in again); a sub-account of a disabled branch is refused every change (403 BRANCH_DISABLED).`,
    'Every POST accepts an `Idempotency-Key` header.',
    'Buyers open their wallets with the token of their wallet link alone; convenience-store kiosk partners sign their requests (the partnerSignature scheme); the card processor\'s callback is verified by its CheckMacValue.',
  ].join('\n\n'),
};

const purgeIntervalMs = 60 * 60 * 1000;

async function openGatewayStore(location: StoreLocation): Promise<Store> {
  const store = await openServiceStore('gateway', location);
  await store.ensureCollections([idempotencyRecords, seenNonces, quotaWindows, jobLeases] as CollectionSpec<StoredDocument>[]);
  return store;
}

type GatewaySettings = ReturnType<typeof loadConfig<typeof gatewaySettingsShape>>;

/** Where the gateway keeps its store and its secrets. */
function placesIn(environment: Environment, settings: GatewaySettings): { store: StoreLocation; keysDir: string } {
  const config = loadConfig(processConfigShape, environment);
  return { store: { dataDir: config.DATA_DIR, mongoUrl: config.MONGO_URL }, keysDir: settings.GATEWAY_KEYS_DIR ?? path.join(config.DATA_DIR, 'gateway-keys') };
}

function bearerAuthentication(account: AccountClient, settings: GatewaySettings, clock: Clock, logger: Logger): RequestAuthenticator {
  const keys = new CachedVerificationKeys(() => account.GetVerificationKeys({}), clock, logger, {
    minRefreshIntervalMs: settings.AUTH_KEYS_REFRESH_INTERVAL_SECONDS * 1000,
    maxAgeMs: settings.AUTH_KEYS_MAX_AGE_SECONDS * 1000,
  });
  return bearerAuthenticator(
    new AccessTokenVerifier(keys, clock, { maxTokenLength: settings.AUTH_MAX_TOKEN_LENGTH, clockToleranceSeconds: settings.AUTH_CLOCK_TOLERANCE_SECONDS }),
  );
}

/** Requests per minute from one merchant's buyers' order lookup page (R15): each sends e-mails. */
const ORDER_LOOKUPS_PER_MINUTE = 20;

/** What the gateway keeps in its store, each with the expiry its purge job goes by. */
function gatewayRecords(store: Store, fingerprintSecret: Buffer, settings: GatewaySettings, clock: Clock, logger: Logger) {
  const policy = { ttlMs: settings.IDEMPOTENCY_TTL_HOURS * 60 * 60 * 1000, lockTimeoutMs: settings.IDEMPOTENCY_LOCK_TIMEOUT_SECONDS * 1000 };
  const idempotency = new IdempotentRequests(store.collection(idempotencyRecords), clock, logger, policy, fingerprintSecret);
  const partnerSignatures = new PartnerRequestVerifier(settings.KIOSK_PARTNERS, store.collection(seenNonces), clock);
  const pickupLookups = new RequestQuota(store.collection(quotaWindows), clock, { name: 'pickup_lookup', limit: settings.KIOSK_LOOKUPS_PER_MINUTE, windowMs: 60_000 });
  const orderLookups = new RequestQuota(store.collection(quotaWindows), clock, { name: 'order_lookup', limit: ORDER_LOOKUPS_PER_MINUTE, windowMs: 60_000 });
  return { idempotency, partnerSignatures, pickupLookups, orderLookups };
}

/** Purges expired records, once across every gateway sharing the store. */
function purgeJobs(store: Store, records: ReturnType<typeof gatewayRecords>, clock: Clock, logger: Logger): Scheduler {
  const scheduler = new Scheduler({ store, clock, logger });
  const purgeable = { 'idempotency-records': records.idempotency, 'partner-signatures': records.partnerSignatures, 'quota-windows': records.pickupLookups };
  for (const [name, collection] of Object.entries(purgeable)) {
    scheduler.register({ name: `purge-expired-${name}`, intervalMs: purgeIntervalMs, leaseMs: 60_000, run: async (now) => void (await collection.purgeExpired(now)) });
  }
  return scheduler;
}

/** Composition root of the gateway: its store, service clients, authentication, routes, the HTTP server. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = createLogger({ service: 'gateway', level: options.logLevel });
  const clock = options.clock ?? systemClock;
  const environment = options.environment ?? process.env;
  const settings = loadConfig(gatewaySettingsShape, environment);
  const places = placesIn(environment, settings);
  const fingerprintSecret = await loadOrCreateSecret(places.keysDir, 'idempotency-fingerprint.secret');
  const store = await openGatewayStore(places.store);
  const probes = createServiceHealthProbes(options.directory, logger);
  const account = createAccountClient(options.directory, logger);
  const issuance = createIssuanceClient(options.directory, logger);
  const payment = createPaymentClient(options.directory, logger);
  const redemption = createRedemptionClient(options.directory, logger);
  const settlement = createSettlementClient(options.directory, logger);
  const notification = createNotificationClient(options.directory, logger);
  const records = gatewayRecords(store, fingerprintSecret, settings, clock, logger);
  const scheduler = purgeJobs(store, records, clock, logger);
  if (settings.KIOSK_PARTNERS.size === 0) logger.info('no kiosk partners configured (KIOSK_PARTNERS): kiosk requests are refused');

  const routes: RouteSpec[] = [];
  let openApiDocument: Record<string, unknown> | null = null;
  routes.push(
    ...systemRoutes(probes, () => (openApiDocument ??= buildOpenApiDocument(routes, apiInfo))),
    ...accountRoutes(account),
    ...issuanceRoutes({ issuance, payment }),
    ...walletRoutes(issuance),
    ...kioskRoutes(issuance, records.pickupLookups),
    ...orderLookupRoutes(account, issuance, records.orderLookups),
    ...paymentRoutes(payment),
    ...redemptionRoutes(redemption),
    ...settlementRoutes(settlement),
    ...notificationRoutes(notification),
  );

  const app = createHttpApp({
    routes,
    logger,
    authenticate: bearerAuthentication(account, settings, clock, logger),
    authenticatePartner: signedRequestAuthenticator(records.partnerSignatures),
    idempotency: records.idempotency,
    trustProxy: settings.HTTP_TRUST_PROXY,
  });
  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  scheduler.start();
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  logger.info({ url }, 'gateway listening');

  return {
    url,
    logger,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await scheduler.stop();
      probes.forEach((probe) => probe.close());
      [account, issuance, payment, redemption, settlement, notification].forEach((client) => client.close());
      await store.close();
      logger.flush();
    },
  };
}

if (require.main === module) {
  const processConfig = loadProcessConfig();
  const gatewayConfig = loadConfigOrExit(gatewayConfigShape);
  void startGateway({
    directory: configuredDirectory(processConfig),
    logLevel: processConfig.LOG_LEVEL,
    port: gatewayConfig.PORT,
    host: gatewayConfig.HOST,
  }).then((gateway) => stopOnSignals(gateway.logger, () => gateway.stop()));
}
