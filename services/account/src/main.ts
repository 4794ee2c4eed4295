import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import { accountCollections } from './infrastructure/collections';

/** Composition root of the account service: its store, transports and jobs. */
export async function startAccountService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.create('account', accountCollections, resources);
  await runtime.start(listenAddress);
  return runtime;
}

if (require.main === module) void runStandaloneService('account', startAccountService);
