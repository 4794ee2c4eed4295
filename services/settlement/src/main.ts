import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import { settlementCollections } from './infrastructure/collections';

/** Composition root of the settlement service: its store, transports and jobs. */
export async function startSettlementService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.create('settlement', settlementCollections, resources, listenAddress);
  await runtime.start();
  return runtime;
}

if (require.main === module) void runStandaloneService('settlement', startSettlementService);
