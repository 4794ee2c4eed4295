// Original file: protos/notification.proto

import type { OrderNotification as _ecticket_notification_v1_OrderNotification, OrderNotification__Output as _ecticket_notification_v1_OrderNotification__Output } from '../../../ecticket/notification/v1/OrderNotification';

export interface ListOrderNotificationsResponse {
  'notifications'?: (_ecticket_notification_v1_OrderNotification)[];
  /**
   * empty on the last page
   */
  'nextCursor'?: (string);
}

export interface ListOrderNotificationsResponse__Output {
  'notifications': (_ecticket_notification_v1_OrderNotification__Output)[];
  /**
   * empty on the last page
   */
  'nextCursor': (string);
}
