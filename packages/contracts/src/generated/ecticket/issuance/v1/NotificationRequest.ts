// Original file: protos/issuance.proto


export interface NotificationRequest {
  'id'?: (string);
  'orderId'?: (string);
  /**
   * "issued" | "buyer_changed" | "resend" | "ticket_transferred"
   */
  'reason'?: (string);
  /**
   * "email", plus "sms" when the merchant's SMS service is on (R16)
   */
  'channels'?: (string)[];
  /**
   * "wallet_link" | "pickup_code" | "ticket_wallet_link"
   */
  'links'?: (string)[];
  'ticketIds'?: (string)[];
  'requestedAt'?: (string);
}

export interface NotificationRequest__Output {
  'id': (string);
  'orderId': (string);
  /**
   * "issued" | "buyer_changed" | "resend" | "ticket_transferred"
   */
  'reason': (string);
  /**
   * "email", plus "sms" when the merchant's SMS service is on (R16)
   */
  'channels': (string)[];
  /**
   * "wallet_link" | "pickup_code" | "ticket_wallet_link"
   */
  'links': (string)[];
  'ticketIds': (string)[];
  'requestedAt': (string);
}
