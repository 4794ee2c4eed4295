import path from 'node:path';
import { loadConfigOrExit } from '../config';
import { systemClock, type Clock } from '../clock';
import { createLogger, type Logger } from '../logging';
import type { BusOptions, EventBus } from '../messaging/bus';
import { createRabbitMqBus } from '../messaging/rabbitmq-bus';
import { createInProcessBus } from '../messaging/in-process-bus';
import { createSqliteStore } from '../store/sqlite';
import { grpcAddressVariable, processConfigShape, serviceNames, type ServiceName } from './process-config';
import { openServiceStore, type Environment, type HostResources, type ServiceDirectory, type ServiceRuntime } from './service-runtime';

export type ProcessConfig = ReturnType<typeof loadProcessConfig>;

export function loadProcessConfig(environment: Environment = process.env) {
  return loadConfigOrExit(processConfigShape, environment);
}

export function busOptionsOf(config: ProcessConfig): BusOptions {
  return {
    exchange: config.AMQP_EXCHANGE,
    maxAttempts: config.BUS_MAX_ATTEMPTS,
    retryDelayMs: config.BUS_RETRY_DELAY_MS,
    prefetch: config.BUS_PREFETCH,
  };
}

/** RabbitMQ when AMQP_URL is set; otherwise the durable in-process bus in DATA_DIR/bus.sqlite. */
export async function createProcessBus(config: ProcessConfig, logger: Logger, clock: Clock): Promise<EventBus> {
  const options = busOptionsOf(config);
  if (config.AMQP_URL) return createRabbitMqBus({ url: config.AMQP_URL, options, logger });
  const store = createSqliteStore({ file: path.join(config.DATA_DIR, 'bus.sqlite') });
  return createInProcessBus({ store, options, clock, logger });
}

/** Peers at the addresses configured by <SERVICE>_GRPC_ADDRESS (distributed mode). */
export function configuredDirectory(config: ProcessConfig): ServiceDirectory {
  return {
    addressOf: (service: ServiceName) => {
      const key = grpcAddressVariable(service) as keyof ProcessConfig;
      return config[key] as string;
    },
  };
}

export function hostResources(
  environment: Environment,
  config: ProcessConfig,
  bus: EventBus,
  directory: ServiceDirectory,
  clock: Clock = systemClock,
): HostResources {
  return {
    environment,
    bus,
    clock,
    directory,
    logLevel: config.LOG_LEVEL,
    openStore: (service) => openServiceStore(service, { dataDir: config.DATA_DIR, mongoUrl: config.MONGO_URL }),
  };
}

/** Stops on SIGTERM/SIGINT: consumption first (the bus drains in-flight handlers), then the work, then the bus. */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

export type StartService = (resources: HostResources, listenAddress: string) => Promise<ServiceRuntime>;

/** Distributed mode: this process hosts one service; RabbitMQ is required. */
export async function runStandaloneService(name: ServiceName, start: StartService): Promise<void> {
  const config = loadProcessConfig();
  const logger = createLogger({ service: `${name}-host`, level: config.LOG_LEVEL });
  if (!config.AMQP_URL) {
    process.stderr.write('Invalid configuration:\n  - AMQP_URL is required but not set (the distributed mode needs RabbitMQ)\n');
    process.exit(78);
  }
  const bus = await createProcessBus(config, logger, systemClock);
  const directory = configuredDirectory(config);
  const runtime = await start(hostResources(process.env, config, bus, directory), config.GRPC_LISTEN_ADDRESS ?? directory.addressOf(name));
  stopOnSignals(logger, async () => {
    await bus.stopConsuming();
    await runtime.stop();
    await bus.close();
  });
}

export { serviceNames };
