import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import { notificationCollections } from './infrastructure/collections';

/** Composition root of the notification service: its store, transports and jobs. */
export async function startNotificationService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.create('notification', notificationCollections, resources, listenAddress);
  await runtime.start();
  return runtime;
}

if (require.main === module) void runStandaloneService('notification', startNotificationService);
