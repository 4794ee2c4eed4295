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
   * "sending" | "sent" | "failed" | "superseded". failed: tried again by the service until sent
   * or its attempts run out (last_error says why; a permanent refusal is not tried again).
   * superseded: not sent, because the buyer or the ticket's holder changed since the request
   * (R27, a further transfer): the link now belongs to someone else, who has a newer request.
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
   * "sending" | "sent" | "failed" | "superseded". failed: tried again by the service until sent
   * or its attempts run out (last_error says why; a permanent refusal is not tried again).
   * superseded: not sent, because the buyer or the ticket's holder changed since the request
   * (R27, a further transfer): the link now belongs to someone else, who has a newer request.
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
