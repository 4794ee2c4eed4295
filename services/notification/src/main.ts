import { ServiceRuntime, runStandaloneService, type HostResources } from '@ecticket/platform';
import type { NotificationDeps } from './application/ports';
import { loadNotificationConfigOrExit, type NotificationConfig } from './config';
import { notificationCollections } from './infrastructure/collections';
import { createEmailSender } from './infrastructure/email-transport';
import { createOrders } from './infrastructure/issuance-client';
import { createSmsSender } from './infrastructure/sms-transport';
import { subscribeToEvents } from './transport/events';
import { resumeDeliveriesJob } from './transport/jobs';
import { notificationServiceDefinition, notificationServiceHandlers } from './transport/grpc/notification-service';

/** Composition root of the notification service: its store, its issuance client, its providers and transports. */
export async function startNotificationService(resources: HostResources, listenAddress: string): Promise<ServiceRuntime> {
  const config = loadNotificationConfigOrExit(resources.environment);
  const runtime = await ServiceRuntime.create('notification', notificationCollections, resources, listenAddress);
  const { deps, close } = notificationDependencies(runtime, config);
  runtime.grpc.addService(notificationServiceDefinition(), notificationServiceHandlers(deps));
  subscribeToEvents(runtime, deps);
  runtime.schedule(resumeDeliveriesJob(deps, config.providerTimeoutMs));
  runtime.onStop(close);
  await runtime.start();
  runtime.logger.info({ emailTransport: config.email.kind, smsTransport: config.sms.kind }, 'notification providers');
  return runtime;
}

function notificationDependencies(runtime: ServiceRuntime, config: NotificationConfig): { deps: NotificationDeps; close: () => void } {
  const orders = createOrders(runtime.resources.directory, runtime.logger);
  const email = createEmailSender({ setting: config.email, from: config.emailFrom, timeoutMs: config.providerTimeoutMs });
  return {
    deps: {
      store: runtime.store,
      clock: runtime.clock,
      logger: runtime.logger,
      orders,
      email,
      sms: createSmsSender(config.sms, config.providerTimeoutMs),
      sendingLeaseMs: config.sendingLeaseMs,
    },
    close: () => {
      orders.close();
      email.close();
    },
  };
}

if (require.main === module) void runStandaloneService('notification', startNotificationService);
