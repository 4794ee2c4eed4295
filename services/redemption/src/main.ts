import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import { redemptionCollections } from './infrastructure/collections';

/** Composition root of the redemption service: its store, transports and jobs. */
export async function startRedemptionService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.create('redemption', redemptionCollections, resources, listenAddress);
  await runtime.start();
  return runtime;
}

if (require.main === module) void runStandaloneService('redemption', startRedemptionService);
