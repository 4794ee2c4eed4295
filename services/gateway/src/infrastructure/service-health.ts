import { createGrpcClient, healthCheckDefinition, serviceNames, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { ServiceHealthProbe, ServiceStatus } from '../application/check-health';

export interface ClosableHealthProbe extends ServiceHealthProbe {
  close(): void;
}

/** One grpc.health.v1 client per service; an unreachable or silent service counts as UNREACHABLE. */
export function createServiceHealthProbes(directory: ServiceDirectory, logger: Logger): ClosableHealthProbe[] {
  const definition = healthCheckDefinition();
  return serviceNames.map((service) => {
    const client = createGrpcClient({ definition, address: () => directory.addressOf(service), logger, healthCheckDeadlineMs: 1000 });
    return {
      service,
      async check(): Promise<ServiceStatus> {
        try {
          const status = await client.checkHealth('');
          return status === 'SERVING' ? 'SERVING' : 'NOT_SERVING';
        } catch {
          return 'UNREACHABLE';
        }
      },
      close: () => client.close(),
    };
  });
}
