import { createGrpcClient, loadServiceDefinition, type GrpcClient, type Logger, type ServiceDirectory } from '@ecticket/platform';
import type { notificationV1 } from '@ecticket/contracts';

export type NotificationClient = GrpcClient<notificationV1.NotificationServiceDefinition>;

/** The delivery-log reads the gateway makes: a retry on UNAVAILABLE cannot cause a second effect. */
const readMethods = ['ListOrderNotifications'] as const;

export function createNotificationClient(directory: ServiceDirectory, logger: Logger): NotificationClient {
  return createGrpcClient({
    definition: loadServiceDefinition<notificationV1.NotificationServiceDefinition>(['notification.proto'], 'ecticket.notification.v1.NotificationService'),
    address: () => directory.addressOf('notification'),
    logger,
    idempotentMethods: readMethods,
  });
}
