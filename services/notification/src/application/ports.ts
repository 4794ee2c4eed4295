import type { Clock, Logger, Store } from '@ecticket/platform';
import type { EmailMessage, PaperPrinter } from '../domain/message';

/** Whom a link or code belongs to now; personal data, never logged. */
export interface LinkOwner {
  readonly email: string;
  /** Empty when not given. */
  readonly phone: string;
}

/** What the issuance service answers for an issued order: the bearer links a message carries, and whose they are now. */
export interface DeliveryLinks {
  /** The order and the seller as the recipient knows them. */
  readonly merchantOrderNo: string;
  readonly merchantName: string;
  /** Electronic orders: the buyer's wallet; empty otherwise. */
  readonly walletUrl: string;
  /** Convenience-store orders; empty otherwise. */
  readonly pickupCode: string;
  /** The current buyer: the wallet link and the pickup code are theirs. */
  readonly buyer: LinkOwner;
  /** Paper orders: who prints and posts the tickets. */
  readonly paperPrinter: PaperPrinter;
  /** The current holder's wallet of each transferred ticket, by ticket id. */
  readonly ticketWallets: ReadonlyMap<string, { readonly walletUrl: string; readonly holder: LinkOwner }>;
}

/** The issuance service, as the notification service uses it. */
export interface Orders {
  deliveryLinks(merchantId: string, orderId: string): Promise<DeliveryLinks>;
  /**
   * Resolves when the person behind the access token may read the order (the issuance service's
   * own GetOrder rules: `orders`, their merchant, their branch); throws its refusal otherwise.
   */
  assertReadable(accessToken: string | null, orderId: string): Promise<void>;
}

/** The provider's id of an accepted message. */
export interface Sent {
  readonly providerMessageId: string;
}

export interface EmailSender {
  send(to: { readonly name: string; readonly address: string }, message: EmailMessage): Promise<Sent>;
}

export interface SmsSender {
  send(to: string, text: string): Promise<Sent>;
}

/** Everything the use cases need, built once by the composition root. */
export interface NotificationDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly orders: Orders;
  readonly email: EmailSender;
  readonly sms: SmsSender;
  /** How long a claimed message is left to its sender; also the step by which retries of a failed one move apart. */
  readonly sendingLeaseMs: number;
}
