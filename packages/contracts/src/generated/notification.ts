import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { NotificationServiceClient as _ecticket_notification_v1_NotificationServiceClient, NotificationServiceDefinition as _ecticket_notification_v1_NotificationServiceDefinition } from './ecticket/notification/v1/NotificationService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ecticket: {
    notification: {
      v1: {
        ListOrderNotificationsRequest: MessageTypeDefinition
        ListOrderNotificationsResponse: MessageTypeDefinition
        NotificationService: SubtypeConstructor<typeof grpc.Client, _ecticket_notification_v1_NotificationServiceClient> & { service: _ecticket_notification_v1_NotificationServiceDefinition }
        OrderNotification: MessageTypeDefinition
        Page: MessageTypeDefinition
      }
    }
  }
}

