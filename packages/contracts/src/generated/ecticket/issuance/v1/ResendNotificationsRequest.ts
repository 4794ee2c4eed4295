// Original file: protos/issuance.proto


/**
 * R25: issued orders; records the request and emits order.notification_requested.v1.
 */
export interface ResendNotificationsRequest {
  'orderId'?: (string);
}

/**
 * R25: issued orders; records the request and emits order.notification_requested.v1.
 */
export interface ResendNotificationsRequest__Output {
  'orderId': (string);
}
