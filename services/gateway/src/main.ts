import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  configuredDirectory,
  createLogger,
  env,
  loadConfigOrExit,
  loadProcessConfig,
  stopOnSignals,
  type Logger,
  type ServiceDirectory,
} from '@ecticket/platform';
import { createHttpApp } from './transport/http/app';
import { buildOpenApiDocument } from './transport/http/openapi';
import type { RouteSpec } from './transport/http/routes';
import { systemRoutes } from './transport/http/system-routes';
import { createServiceHealthProbes } from './infrastructure/service-health';

export const gatewayConfigShape = {
  PORT: env.port().default(8080),
  HOST: env.string().default('0.0.0.0'),
};

export interface GatewayOptions {
  readonly directory: ServiceDirectory;
  readonly logLevel: string;
  readonly port: number;
  readonly host: string;
}

export interface RunningGateway {
  readonly url: string;
  readonly logger: Logger;
  stop(): Promise<void>;
}

const apiInfo = {
  title: 'ECTicket platform API',
  version: '1.0.0',
  description: 'Issue, deliver, redeem and settle e-tickets. Errors are RFC 9457 problem documents with a stable `code`.',
};

/** Composition root of the gateway: service clients, routes, the HTTP server. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = createLogger({ service: 'gateway', level: options.logLevel });
  const probes = createServiceHealthProbes(options.directory);
  const routes: RouteSpec[] = [];
  let openApiDocument: Record<string, unknown> | null = null;
  routes.push(...systemRoutes(probes, () => (openApiDocument ??= buildOpenApiDocument(routes, apiInfo))));

  const server = http.createServer(createHttpApp({ routes, logger }));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
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
      probes.forEach((probe) => probe.close());
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
