import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import {
  configuredDirectory,
  createLogger,
  env,
  jobLeases,
  loadConfig,
  loadConfigOrExit,
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
import { createAccountClient, type AccountClient } from './infrastructure/account-client';
import { createServiceHealthProbes } from './infrastructure/service-health';
import { CachedVerificationKeys } from './infrastructure/verification-keys';
import { accountRoutes } from './transport/http/account/routes';
import { createHttpApp } from './transport/http/app';
import { bearerAuthenticator, type RequestAuthenticator } from './transport/http/authentication';
import { buildOpenApiDocument } from './transport/http/openapi';
import type { RouteSpec } from './transport/http/routes';
import { systemRoutes } from './transport/http/system-routes';

/** Express's `trust proxy`: `true`/`false`, a hop count, or addresses and subnets (`loopback, 10.0.0.0/8`). */
function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** The gateway's settings besides where it listens; every one has a default. */
export const gatewaySettingsShape = {
  AUTH_MAX_TOKEN_LENGTH: env.positiveInt().max(16_384).default(4096),
  AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(5).default(5),
  AUTH_KEYS_REFRESH_INTERVAL_SECONDS: env.positiveInt().default(30),
  AUTH_KEYS_MAX_AGE_SECONDS: env.positiveInt().default(600),
  IDEMPOTENCY_TTL_HOURS: z.coerce.number().int().min(24).max(720).default(24),
  IDEMPOTENCY_LOCK_TIMEOUT_SECONDS: env.positiveInt().default(30),
  HTTP_TRUST_PROXY: env.string().default('false').transform(trustProxyValue),
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
    `Authenticated operations take \`Authorization: Bearer <access token>\` from \`login\`; a refusal is 401 with code ${Object.values(tokenRefusals).join(', ')}, or 503 AUTH_KEYS_UNAVAILABLE while the keys cannot be fetched. A deleted sub-account, a changed password or a disabled branch is refused by the account service on the next request.`,
    'Every POST accepts an `Idempotency-Key` header.',
  ].join('\n\n'),
};

const purgeIntervalMs = 60 * 60 * 1000;

async function openGatewayStore(location: StoreLocation): Promise<Store> {
  const store = await openServiceStore('gateway', location);
  await store.ensureCollections([idempotencyRecords, jobLeases] as CollectionSpec<StoredDocument>[]);
  return store;
}

function storeLocationIn(environment: Environment): StoreLocation {
  const config = loadConfig(processConfigShape, environment);
  return { dataDir: config.DATA_DIR, mongoUrl: config.MONGO_URL };
}

type GatewaySettings = ReturnType<typeof loadConfig<typeof gatewaySettingsShape>>;

function bearerAuthentication(account: AccountClient, settings: GatewaySettings, clock: Clock, logger: Logger): RequestAuthenticator {
  const keys = new CachedVerificationKeys(() => account.GetVerificationKeys({}), clock, logger, {
    minRefreshIntervalMs: settings.AUTH_KEYS_REFRESH_INTERVAL_SECONDS * 1000,
    maxAgeMs: settings.AUTH_KEYS_MAX_AGE_SECONDS * 1000,
  });
  return bearerAuthenticator(
    new AccessTokenVerifier(keys, clock, { maxTokenLength: settings.AUTH_MAX_TOKEN_LENGTH, clockToleranceSeconds: settings.AUTH_CLOCK_TOLERANCE_SECONDS }),
  );
}

/** The idempotency records, and the job that purges expired ones (once across every gateway sharing the store). */
function idempotencyWithPurge(store: Store, settings: GatewaySettings, clock: Clock, logger: Logger) {
  const requests = new IdempotentRequests(store.collection(idempotencyRecords), clock, logger, {
    ttlMs: settings.IDEMPOTENCY_TTL_HOURS * 60 * 60 * 1000,
    lockTimeoutMs: settings.IDEMPOTENCY_LOCK_TIMEOUT_SECONDS * 1000,
  });
  const scheduler = new Scheduler({ store, clock, logger });
  scheduler.register({
    name: 'purge-expired-idempotency-records',
    intervalMs: purgeIntervalMs,
    leaseMs: 60_000,
    run: async (now) => void (await requests.purgeExpired(now)),
  });
  return { requests, scheduler };
}

/** Composition root of the gateway: its store, service clients, authentication, routes, the HTTP server. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = createLogger({ service: 'gateway', level: options.logLevel });
  const clock = options.clock ?? systemClock;
  const environment = options.environment ?? process.env;
  const settings = loadConfig(gatewaySettingsShape, environment);
  const store = await openGatewayStore(storeLocationIn(environment));
  const probes = createServiceHealthProbes(options.directory, logger);
  const account = createAccountClient(options.directory, logger);
  const idempotency = idempotencyWithPurge(store, settings, clock, logger);

  const routes: RouteSpec[] = [];
  let openApiDocument: Record<string, unknown> | null = null;
  routes.push(...systemRoutes(probes, () => (openApiDocument ??= buildOpenApiDocument(routes, apiInfo))), ...accountRoutes(account));

  const app = createHttpApp({
    routes,
    logger,
    authenticate: bearerAuthentication(account, settings, clock, logger),
    idempotency: idempotency.requests,
    trustProxy: settings.HTTP_TRUST_PROXY,
  });
  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  idempotency.scheduler.start();
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
      await idempotency.scheduler.stop();
      probes.forEach((probe) => probe.close());
      account.close();
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
