import type { Clock, Logger, Store } from '@ecticket/platform';
import type { CardSummary, IssuerTable } from '../domain/card';
import type { MoneyAction, ProcessorTrade } from '../domain/money-action';
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

/** The processor answered and said no: the action did not happen. */
export const PROCESSOR_REFUSED = 'PROCESSOR_REFUSED';
/** No usable answer came: whatever was asked may or may not have happened. */
export const PROCESSOR_UNAVAILABLE = 'PROCESSOR_UNAVAILABLE';

/**
 * A card processor: where the buyer pays, the notices it sends back, and the calls that move the
 * authorized money. Refusals throw PROCESSOR_REFUSED; no answer, PROCESSOR_UNAVAILABLE.
 */
export interface CardProcessor {
  readonly name: ProcessorName;
  checkoutForm(payment: Payment): CheckoutForm;
  verifyNotice(fields: FormFields): NoticeVerification;
  /**
   * Captures, voids or refunds (ECPay DoAction C, N, R). ECPay takes no request id, so a repeat
   * would move the money again: it is called again for an action only once lookUpTrade showed the
   * action did not happen.
   */
  perform(payment: Payment, action: MoneyAction): Promise<void>;
  /** The processor's own record of the payment's trade, to learn what became of an unanswered action. */
  lookUpTrade(payment: Payment): Promise<ProcessorTrade>;
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
  /**
   * How long an attempt holds a money action; one still unsettled after it is taken over and looked
   * up at the processor before anything is sent again, so it outlasts any processor call.
   */
  readonly actionLeaseMs: number;
}
