// Original file: protos/issuance.proto


/**
 * For the notification service: the secrets an order.notification_requested.v1 names.
 */
export interface GetDeliveryLinksRequest {
  'merchantId'?: (string);
  'orderId'?: (string);
}

/**
 * For the notification service: the secrets an order.notification_requested.v1 names.
 */
export interface GetDeliveryLinksRequest__Output {
  'merchantId': (string);
  'orderId': (string);
}
