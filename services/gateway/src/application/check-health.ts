export type ServiceStatus = 'SERVING' | 'NOT_SERVING' | 'UNREACHABLE';

export interface ServiceHealthProbe {
  readonly service: string;
  check(): Promise<ServiceStatus>;
}

export interface PlatformHealth {
  readonly status: 'ok' | 'unavailable';
  readonly services: Readonly<Record<string, ServiceStatus>>;
}

/** The platform is healthy only when every service answers SERVING. */
export async function checkPlatformHealth(probes: readonly ServiceHealthProbe[]): Promise<PlatformHealth> {
  const statuses = await Promise.all(probes.map(async (probe) => [probe.service, await probe.check()] as const));
  return {
    status: statuses.every(([, status]) => status === 'SERVING') ? 'ok' : 'unavailable',
    services: Object.fromEntries(statuses),
  };
}
