/**
 * The delivery log: one record per notification request and channel. A record is claimed
 * (`sending`) before the provider is called and settled (`sent` or `failed`) after, so a
 * redelivered request never sends a channel that was sent, and sends again one that failed or
 * whose sender vanished (its lease ran out).
 */

export const channels = ['email', 'sms'] as const;
export type Channel = (typeof channels)[number];

export const reasons = ['issued', 'buyer_changed', 'resend', 'ticket_transferred'] as const;
export type Reason = (typeof reasons)[number];

export type DeliveryStatus = 'sending' | 'sent' | 'failed';

export interface Delivery {
  /** `<requestId>/<channel>`. */
  readonly id: string;
  readonly requestId: string;
  readonly merchantId: string;
  readonly orderId: string;
  readonly channel: Channel;
  readonly reason: Reason;
  /** Masked: the log never holds a full address (see maskRecipient). */
  readonly recipient: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  /** While `sending`: when the sender is presumed gone and another delivery may send again. */
  readonly leaseExpiresAt: string | null;
  readonly providerMessageId: string | null;
  readonly lastError: string | null;
  readonly requestedAt: string;
  readonly sentAt: string | null;
  readonly updatedAt: string;
  /** `<requestedAt>|<id>`: lists by request time. */
  readonly sortKey: string;
}

export function deliveryId(requestId: string, channel: Channel): string {
  return `${requestId}/${channel}`;
}

export type SendDecision = 'send' | 'already_sent' | 'being_sent';

/** Whether a delivery attempt may call the provider for this record now. */
export function sendDecision(existing: Delivery | null, now: Date): SendDecision {
  if (existing === null) return 'send';
  if (existing.status === 'sent') return 'already_sent';
  if (existing.status === 'sending' && existing.leaseExpiresAt !== null && existing.leaseExpiresAt > now.toISOString()) return 'being_sent';
  return 'send';
}

const MAX_ERROR_LENGTH = 500;

/**
 * The provider's refusal as the log keeps it: one line, bounded, with the recipient's address
 * masked (an SMTP server's answer often quotes it).
 */
export function errorSummary(error: unknown, channel: Channel, address: string): string {
  const text = error instanceof Error ? error.message : String(error);
  const masked = address === '' ? text : text.split(address).join(maskRecipient(channel, address));
  return masked.replace(/\s+/g, ' ').trim().slice(0, MAX_ERROR_LENGTH) || 'unknown error';
}

/** `m***@example.com`: enough for staff to recognise whom it went to, not enough to write to them. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/** `******5678`: the last four digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 4) return '****';
  return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}

export function maskRecipient(channel: Channel, address: string): string {
  return channel === 'email' ? maskEmail(address) : maskPhone(address);
}
