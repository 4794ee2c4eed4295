import type { Clock, Logger, Store } from '@ecticket/platform';
import type { CardSummary, IssuerTable } from '../domain/card';
import type { ProcessorNotice } from '../domain/notice';
import type { Payment, ProcessorName } from '../domain/payment';

export type FormFields = Readonly<Record<string, string>>;

/** What the buyer's browser posts to pay. */
export interface CheckoutForm {
  readonly actionUrl: string;
  readonly method: 'POST';
  readonly fields: FormFields;
}

/** A notice proven to come from the processor, for our merchant account, or why not. */
export type NoticeVerification = { readonly ok: true; readonly notice: ProcessorNotice } | { readonly ok: false; readonly reason: string };

/**
 * A card processor: where the buyer pays, the notices it sends back, and the calls that move the
 * authorized money. A repeated call must not move money twice: the test processor recognises
 * repeats, ECPay refuses a second close or abandon of a trade, and a refund is claimed per ticket
 * before any processor is asked. Refusals throw PROCESSOR_REFUSED; no answer, PROCESSOR_UNAVAILABLE.
 */
export interface CardProcessor {
  readonly name: ProcessorName;
  checkoutForm(payment: Payment): CheckoutForm;
  verifyNotice(fields: FormFields): NoticeVerification;
  capture(payment: Payment, amount: number): Promise<void>;
  void(payment: Payment): Promise<void>;
  refund(payment: Payment, refund: { readonly id: string; readonly amount: number }): Promise<void>;
}

/** A card the test processor authorized, as it keeps it: brand and last four digits only. */
export interface TestAuthorization {
  readonly processorTradeNo: string;
  readonly card: CardSummary;
}

/** The built-in test processor's card desk: it authorizes accepted cards and notifies us like ECPay would. */
export interface TestCardDesk {
  /** Refuses with TEST_PAYMENT_ALREADY_SUBMITTED when a card was accepted for the payment before. */
  authorize(payment: Payment, card: CardSummary): Promise<TestAuthorization>;
  authorizationOf(payment: Payment): Promise<TestAuthorization | null>;
}

/** Everything the use cases need, built once by the composition root. */
export interface PaymentDeps {
  readonly store: Store;
  /** Told after every commit, so the events just written are published now rather than at the next poll. */
  readonly outbox: { notify(): void };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly processor: CardProcessor;
  /** Present only when the built-in test processor is the configured one. */
  readonly testDesk: TestCardDesk | null;
  readonly issuers: IssuerTable;
}
