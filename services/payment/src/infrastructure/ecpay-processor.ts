import type { CardProcessor } from '../application/ports';
import type { Payment } from '../domain/payment';
import { checkoutFields, doActionFields, doActionOutcome, verifyAioNotice, type AioAccount, type DoAction } from './aio/aio-protocol';
import type { FormPoster } from './http-client';
import { processorRefused, processorUnavailable } from './processor-errors';

export interface EcpaySettings {
  readonly account: AioAccount;
  /** AioCheckOut/V5, where the buyer's browser posts the checkout form. */
  readonly checkoutUrl: string;
  /** CreditDetail/DoAction, for capture, void and refund. */
  readonly actionUrl: string;
  /** Our ReturnURL: where ECPay posts its result notices. */
  readonly callbackUrl: string;
}

/**
 * ECPay's AIO credit-card processing. DoAction takes no idempotency key: a refund retried after an
 * unknown outcome (a crash between ECPay's answer and our commit) could be made twice; the refund
 * claim only keeps concurrent attempts from asking at once.
 */
export function createEcpayProcessor(settings: EcpaySettings, poster: FormPoster): CardProcessor {
  async function doAction(payment: Payment, action: DoAction, amount: number): Promise<void> {
    const reply = await poster.postForm(settings.actionUrl, doActionFields(payment, action, amount, settings.account));
    if (reply.status !== 200) throw processorUnavailable(`ECPay DoAction answered HTTP ${reply.status}.`);
    const outcome = doActionOutcome(reply.body);
    if (!outcome.ok) throw processorRefused(`ECPay refused DoAction ${action}: ${outcome.message}`);
  }

  return {
    name: 'ecpay',
    checkoutForm: (payment) => ({ actionUrl: settings.checkoutUrl, method: 'POST', fields: checkoutFields(payment, settings.account, settings.callbackUrl) }),
    verifyNotice: (fields) => verifyAioNotice(fields, settings.account),
    capture: (payment, amount) => doAction(payment, 'C', amount),
    void: (payment) => doAction(payment, 'N', payment.amount),
    refund: (payment, refund) => doAction(payment, 'R', refund.amount),
  };
}
