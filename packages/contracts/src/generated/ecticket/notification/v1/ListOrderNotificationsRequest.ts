// Original file: protos/notification.proto

import type { Page as _ecticket_notification_v1_Page, Page__Output as _ecticket_notification_v1_Page__Output } from '../../../ecticket/notification/v1/Page';

export interface ListOrderNotificationsRequest {
  /**
   * the caller's own merchant (the gateway takes it from the access token)
   */
  'merchantId'?: (string);
  'orderId'?: (string);
  'page'?: (_ecticket_notification_v1_Page | null);
}

export interface ListOrderNotificationsRequest__Output {
  /**
   * the caller's own merchant (the gateway takes it from the access token)
   */
  'merchantId': (string);
  'orderId': (string);
  'page': (_ecticket_notification_v1_Page__Output | null);
}
