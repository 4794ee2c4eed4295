import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import { issuanceCollections } from './infrastructure/collections';

/** Composition root of the issuance service: its store, transports and jobs. */
export async function startIssuanceService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.create('issuance', issuanceCollections, resources, listenAddress);
  await runtime.start();
  return runtime;
}

if (require.main === module) void runStandaloneService('issuance', startIssuanceService);
