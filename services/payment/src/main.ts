import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import { paymentCollections } from './infrastructure/collections';

/** Composition root of the payment service: its store, transports and jobs. */
export async function startPaymentService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.create('payment', paymentCollections, resources, listenAddress);
  await runtime.start();
  return runtime;
}

if (require.main === module) void runStandaloneService('payment', startPaymentService);
