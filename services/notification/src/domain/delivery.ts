/**
 * The delivery log: one record per notification request and channel. A record is claimed
 * (`sending`, with a lease) before the provider is called and settled after: `sent`, `failed`, or
 * `superseded` when the link it would carry now belongs to someone else. While it may still have to
 * be sent, the record keeps what sending it takes (`pending`), so the service itself sends it again
 * once a lease ran out (a crash) or a failure's retry is due, with no event redelivered.
 */
import type { notificationChannels, notificationReasons } from '@ecticket/contracts';
import type { DeliveryLinkKind, TicketForm } from './message';

export type Channel = (typeof notificationChannels)[number];
export type Reason = (typeof notificationReasons)[number];

export type DeliveryStatus = 'sending' | 'sent' | 'failed' | 'superseded';

/** What sending one channel of a request takes, besides the record's own fields. */
export interface PendingMessage {
  readonly recipientName: string;
  /** The full e-mail address or phone number of the record's channel. */
  readonly address: string;
  readonly form: TicketForm;
  readonly links: readonly DeliveryLinkKind[];
  readonly ticketIds: readonly string[];
}

export interface Delivery {
  /** `<requestId>/<channel>`. */
  readonly id: string;
  readonly requestId: string;
  readonly merchantId: string;
  readonly orderId: string;
  readonly channel: Channel;
  readonly reason: Reason;
  /** Masked (see maskRecipient): what the listing shows. */
  readonly recipient: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  /**
   * When the service sends it again by itself: while `sending`, the end of the sender's lease;
   * while `failed`, the next try. Null once it is not to be sent again.
   */
  readonly retryAt: string | null;
  /** Kept only while `retryAt` is set: it holds the full address, which the log drops once done. */
  readonly pending: PendingMessage | null;
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

export type SendDecision = 'send' | 'settled' | 'being_sent';

/** Whether a delivery attempt may call the provider for this record now. */
export function sendDecision(existing: Delivery | null, now: Date): SendDecision {
  if (existing === null) return 'send';
  if (existing.status === 'sent' || existing.status === 'superseded') return 'settled';
  if (existing.status === 'sending' && existing.retryAt !== null && existing.retryAt > now.toISOString()) return 'being_sent';
  return 'send';
}

/** Attempts (event deliveries and the service's own retries together) after which a failing message stays failed. */
export const MAX_DELIVERY_ATTEMPTS = 20;
const MAX_RETRY_DELAY_MS = 60 * 60_000;

/** When a message that failed for a passing reason is tried again: later with every attempt, null once they ran out. */
export function retryAtAfterFailure(attempts: number, now: Date, baseDelayMs: number): string | null {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  return new Date(now.getTime() + Math.min(baseDelayMs * attempts, MAX_RETRY_DELAY_MS)).toISOString();
}

const MAX_ERROR_LENGTH = 300;

/**
 * An error as the log keeps it (stored, logged and listed): one line, bounded, with the recipient's
 * address masked and anything that may be a bearer link or a phone number in another spelling
 * (URLs, `host/path`, runs of 7 or more digits) replaced, since a provider's answer may quote the message.
 */
export function errorSummary(error: unknown, channel: Channel, address: string): string {
  const text = error instanceof Error ? error.message : String(error);
  const masked = address === '' ? text : text.split(address).join(maskRecipient(channel, address));
  return (
    masked
      .replace(/\S*:\/\/\S*|(?<![\w/.-])[\w-]+(?:\.[\w-]+)+(?::\d+)?\/\S*/g, '[link]')
      .replace(/\+?\d(?:[\s()-]?\d){6,}/g, '[number]')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_ERROR_LENGTH) || 'unknown error'
  );
}

/** Whether two spellings of an address reach the same recipient (e-mail without case, phone by its digits). */
export function sameAddress(channel: Channel, first: string, second: string): boolean {
  return channel === 'email' ? first.trim().toLowerCase() === second.trim().toLowerCase() : first.replace(/\D/g, '') === second.replace(/\D/g, '');
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
