// Original file: protos/notification.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListOrderNotificationsRequest as _ecticket_notification_v1_ListOrderNotificationsRequest, ListOrderNotificationsRequest__Output as _ecticket_notification_v1_ListOrderNotificationsRequest__Output } from '../../../ecticket/notification/v1/ListOrderNotificationsRequest';
import type { ListOrderNotificationsResponse as _ecticket_notification_v1_ListOrderNotificationsResponse, ListOrderNotificationsResponse__Output as _ecticket_notification_v1_ListOrderNotificationsResponse__Output } from '../../../ecticket/notification/v1/ListOrderNotificationsResponse';

export interface NotificationServiceClient extends grpc.Client {
  /**
   * Merchant staff (operationId listOrderNotifications): the messages sent about one order,
   * newest first, a page at a time.
   */
  ListOrderNotifications(argument: _ecticket_notification_v1_ListOrderNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_notification_v1_ListOrderNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListOrderNotifications(argument: _ecticket_notification_v1_ListOrderNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_notification_v1_ListOrderNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListOrderNotifications(argument: _ecticket_notification_v1_ListOrderNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_notification_v1_ListOrderNotificationsResponse__Output>): grpc.ClientUnaryCall;
  ListOrderNotifications(argument: _ecticket_notification_v1_ListOrderNotificationsRequest, callback: grpc.requestCallback<_ecticket_notification_v1_ListOrderNotificationsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Merchant staff (operationId listOrderNotifications): the messages sent about one order,
   * newest first, a page at a time.
   */
  listOrderNotifications(argument: _ecticket_notification_v1_ListOrderNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_notification_v1_ListOrderNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listOrderNotifications(argument: _ecticket_notification_v1_ListOrderNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_notification_v1_ListOrderNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listOrderNotifications(argument: _ecticket_notification_v1_ListOrderNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_notification_v1_ListOrderNotificationsResponse__Output>): grpc.ClientUnaryCall;
  listOrderNotifications(argument: _ecticket_notification_v1_ListOrderNotificationsRequest, callback: grpc.requestCallback<_ecticket_notification_v1_ListOrderNotificationsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface NotificationServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Merchant staff (operationId listOrderNotifications): the messages sent about one order,
   * newest first, a page at a time.
   */
  ListOrderNotifications: grpc.handleUnaryCall<_ecticket_notification_v1_ListOrderNotificationsRequest__Output, _ecticket_notification_v1_ListOrderNotificationsResponse>;
  
}

export interface NotificationServiceDefinition extends grpc.ServiceDefinition {
  ListOrderNotifications: MethodDefinition<_ecticket_notification_v1_ListOrderNotificationsRequest, _ecticket_notification_v1_ListOrderNotificationsResponse, _ecticket_notification_v1_ListOrderNotificationsRequest__Output, _ecticket_notification_v1_ListOrderNotificationsResponse__Output>
}
