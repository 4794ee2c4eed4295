import {
  createLogger,
  createProcessBus,
  hostResources,
  loadConfigOrExit,
  loadProcessConfig,
  systemClock,
  type Clock,
  type Environment,
  type HostResources,
  type ServiceDirectory,
  type ServiceName,
  type ServiceRuntime,
} from '@ecticket/platform';
import { startAccountService } from '@ecticket/account';
import { startIssuanceService } from '@ecticket/issuance';
import { startRedemptionService } from '@ecticket/redemption';
import { startPaymentService } from '@ecticket/payment';
import { startSettlementService } from '@ecticket/settlement';
import { startNotificationService } from '@ecticket/notification';
import { gatewayConfigShape, startGateway, type RunningGateway } from '@ecticket/gateway';

type StartService = (resources: HostResources, listenAddress: string) => Promise<ServiceRuntime>;

const services: ReadonlyArray<readonly [ServiceName, StartService]> = [
  ['account', startAccountService],
  ['issuance', startIssuanceService],
  ['payment', startPaymentService],
  ['redemption', startRedemptionService],
  ['settlement', startSettlementService],
  ['notification', startNotificationService],
];

export interface AllInOneOptions {
  /** Where every part reads its configuration; process.env when run by `npm start`. */
  readonly environment: Environment;
  readonly clock?: Clock;
}

export interface AllInOnePlatform {
  readonly gateway: RunningGateway;
  readonly services: ReadonlyMap<ServiceName, ServiceRuntime>;
  stop(): Promise<void>;
}

/** Each service binds a free loopback port; peers find it here once it has started. */
function startedServicesDirectory(addresses: Map<ServiceName, string>): ServiceDirectory {
  return {
    addressOf(service) {
      const address = addresses.get(service);
      if (!address) throw new Error(`service ${service} is not running in this process`);
      return address;
    },
  };
}

/** Where buyers' browsers and the payment processor reach this process, unless configured otherwise. */
function publicAddresses(gatewayUrl: string): Environment {
  return { PUBLIC_BASE_URL: gatewayUrl, PAYMENT_CALLBACK_URL: `${gatewayUrl}/v1/payments/callback` };
}

/** The gateway and all six services in one process, each with its own store and gRPC server. */
export async function startAllInOne(options: AllInOneOptions): Promise<AllInOnePlatform> {
  const clock = options.clock ?? systemClock;
  const config = loadProcessConfig(options.environment);
  const gatewayConfig = loadConfigOrExit(gatewayConfigShape, options.environment);
  const logger = createLogger({ service: 'all-in-one', level: config.LOG_LEVEL });
  const bus = await createProcessBus(config, logger, clock);
  const addresses = new Map<ServiceName, string>();
  const directory = startedServicesDirectory(addresses);
  // First, so the services can be told where the platform is reached when PORT picked a free port.
  const gateway = await startGateway({
    directory,
    logLevel: config.LOG_LEVEL,
    port: gatewayConfig.PORT,
    host: gatewayConfig.HOST,
    environment: options.environment,
    clock,
  });
  const environment = { ...publicAddresses(gateway.url), ...options.environment };
  const resources = hostResources(environment, config, bus, directory, clock);

  const running = new Map<ServiceName, ServiceRuntime>();
  for (const [name, start] of services) {
    const runtime = await start(resources, '127.0.0.1:0');
    running.set(name, runtime);
    addresses.set(name, runtime.grpcAddress);
  }
  logger.info({ url: gateway.url, mode: bus.kind }, 'platform started');

  return {
    gateway,
    services: running,
    async stop() {
      await gateway.stop();
      await bus.stopConsuming();
      for (const runtime of [...running.values()].reverse()) await runtime.stop();
      await bus.close();
      logger.flush();
    },
  };
}
