// Original file: protos/notification.proto


/**
 * One message over one channel, for one notification request.
 */
export interface OrderNotification {
  'requestId'?: (string);
  /**
   * "email" | "sms"
   */
  'channel'?: (string);
  /**
   * masked: "m***@example.com", "******5678"
   */
  'recipient'?: (string);
  /**
   * "issued" | "buyer_changed" | "resend" | "ticket_transferred"
   */
  'reason'?: (string);
  /**
   * "sending" | "sent" | "failed" (failed: retried by the event bus)
   */
  'status'?: (string);
  'attempts'?: (number);
  'requestedAt'?: (string);
  /**
   * empty until sent
   */
  'sentAt'?: (string);
  /**
   * the provider's last refusal; empty when none
   */
  'lastError'?: (string);
}

/**
 * One message over one channel, for one notification request.
 */
export interface OrderNotification__Output {
  'requestId': (string);
  /**
   * "email" | "sms"
   */
  'channel': (string);
  /**
   * masked: "m***@example.com", "******5678"
   */
  'recipient': (string);
  /**
   * "issued" | "buyer_changed" | "resend" | "ticket_transferred"
   */
  'reason': (string);
  /**
   * "sending" | "sent" | "failed" (failed: retried by the event bus)
   */
  'status': (string);
  'attempts': (number);
  'requestedAt': (string);
  /**
   * empty until sent
   */
  'sentAt': (string);
  /**
   * the provider's last refusal; empty when none
   */
  'lastError': (string);
}
