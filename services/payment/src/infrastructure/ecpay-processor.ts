import type { Clock } from '@ecticket/platform';
import type { CardProcessor, FormFields } from '../application/ports';
import type { MoneyAction, ProcessorTrade } from '../domain/money-action';
import type { Payment } from '../domain/payment';
import { checkoutFields, doActionFields, doActionOutcome, verifyAioNotice, type AioAccount, type DoAction } from './aio/aio-protocol';
import { creditAuthorizationOf, creditDetailQueryFields, processorTradeOf, tradeInfoQueryFields } from './aio/trade-query';
import type { FormPoster } from './http-client';
import { processorRefused, processorUnavailable } from './processor-errors';

export interface EcpaySettings {
  readonly account: AioAccount;
  /** AioCheckOut/V5, where the buyer's browser posts the checkout form. */
  readonly checkoutUrl: string;
  /** CreditDetail/DoAction, for capture, void and refund. */
  readonly actionUrl: string;
  /** Cashier/QueryTradeInfo/V5, naming a paid trade's card authorization. */
  readonly tradeInfoUrl: string;
  /** CreditDetail/QueryTrade/V2, listing the closes and refunds of a card authorization. */
  readonly creditDetailUrl: string;
  /** The merchant's credit check code (商家檢查碼), which QueryTrade/V2 asks for. */
  readonly creditCheckCode: string;
  /** Our ReturnURL: where ECPay posts its result notices. */
  readonly callbackUrl: string;
}

const doActionOf: Readonly<Record<MoneyAction['kind'], DoAction>> = { capture: 'C', void: 'N', refund: 'R' };

/** ECPay's AIO credit-card processing. DoAction takes no request id: a repeated call moves the money again. */
export function createEcpayProcessor(settings: EcpaySettings, poster: FormPoster, clock: Clock): CardProcessor {
  async function post(url: string, fields: FormFields, call: string): Promise<string> {
    const reply = await poster.postForm(url, fields);
    if (reply.status !== 200) throw processorUnavailable(`ECPay ${call} answered HTTP ${reply.status}.`);
    return reply.body;
  }

  async function perform(payment: Payment, action: MoneyAction): Promise<void> {
    const doAction = doActionOf[action.kind];
    const outcome = doActionOutcome(await post(settings.actionUrl, doActionFields(payment, doAction, action.amount, settings.account), 'DoAction'));
    if (!outcome.ok) throw processorRefused(`ECPay refused DoAction ${doAction}: ${outcome.message}`);
  }

  async function lookUpTrade(payment: Payment): Promise<ProcessorTrade> {
    const info = await post(settings.tradeInfoUrl, tradeInfoQueryFields(payment, settings.account, clock.now()), 'QueryTradeInfo');
    const authorization = creditAuthorizationOf(info, payment, settings.account);
    if (authorization === null) throw processorUnavailable('ECPay QueryTradeInfo gave no signed answer about the trade.');
    if (authorization === 'unpaid') return { status: 'unrecognised', capturedAmount: 0, refundedAmount: 0 };
    const detail = await post(settings.creditDetailUrl, creditDetailQueryFields(authorization, settings.creditCheckCode, settings.account), 'QueryTrade');
    const trade = processorTradeOf(detail);
    if (!trade) throw processorUnavailable('ECPay QueryTrade gave no readable answer about the trade.');
    return trade;
  }

  return {
    name: 'ecpay',
    checkoutForm: (payment) => ({ actionUrl: settings.checkoutUrl, method: 'POST', fields: checkoutFields(payment, settings.account, settings.callbackUrl) }),
    verifyNotice: (fields) => verifyAioNotice(fields, settings.account),
    perform,
    lookUpTrade,
  };
}
