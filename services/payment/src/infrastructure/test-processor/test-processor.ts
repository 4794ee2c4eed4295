import { randomInt } from 'node:crypto';
import { DuplicateKeyError, conflict, updateOperation, type Clock, type Store } from '@ecticket/platform';
import { retryOnConflict } from '../../application/commit';
import type { CardProcessor, CheckoutForm, FormFields, NoticeVerification, TestAuthorization, TestCardDesk } from '../../application/ports';
import type { CardSummary } from '../../domain/card';
import type { MoneyAction, ProcessorTrade } from '../../domain/money-action';
import type { Payment } from '../../domain/payment';
import { aioTimestamp, verifyAioNotice, type AioAccount } from '../aio/aio-protocol';
import { testTrades } from '../collections';
import { processorRefused } from '../processor-errors';
import type { NoticeSender } from './notice-sender';
import { capturedTrade, refundedTrade, voidedTrade, type TestTrade } from './test-trade';

export interface TestProcessorSettings {
  readonly account: AioAccount;
  /** The gateway's page for the test processor's checkout; the form carries the payment id. */
  readonly checkoutUrl: string;
}

/**
 * The built-in test processor, for the default mode and demos: it plays the processor's part
 * (authorizes cards its checkout accepted, keeps its own trades, sends signed result notices) and
 * is driven through the same port as ECPay. Unlike ECPay it recognises a repeated call and does
 * nothing twice.
 */
export class TestProcessor implements CardProcessor, TestCardDesk {
  readonly name = 'test';

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly notices: NoticeSender,
    private readonly settings: TestProcessorSettings,
  ) {}

  checkoutForm(payment: Payment): CheckoutForm {
    return { actionUrl: this.settings.checkoutUrl, method: 'POST', fields: { payment_id: payment.id } };
  }

  verifyNotice(fields: FormFields): NoticeVerification {
    return verifyAioNotice(fields, this.settings.account);
  }

  async authorize(payment: Payment, card: CardSummary): Promise<TestAuthorization> {
    const now = this.clock.now();
    const trade: TestTrade = {
      id: tradeNumber(now),
      merchantTradeNo: payment.merchantTradeNo,
      amount: payment.amount,
      card,
      status: 'authorized',
      capturedAmount: 0,
      refundedAmount: 0,
      refundIds: [],
      tradeDate: now.toISOString(),
      revision: 1,
      callbackAttempts: 0,
      nextCallbackAt: now.toISOString(),
      callbackDeliveredAt: null,
    };
    try {
      await this.store.collection(testTrades).insert(trade);
    } catch (error) {
      if (error instanceof DuplicateKeyError && error.fields.includes('merchantTradeNo')) throw conflict('TEST_PAYMENT_ALREADY_SUBMITTED', 'A card was accepted for this payment already.');
      throw error;
    }
    this.notices.sendSoon(trade);
    return authorizationOf(trade);
  }

  async authorizationOf(payment: Payment): Promise<TestAuthorization | null> {
    const trade = await this.tradeOf(payment);
    return trade && authorizationOf(trade);
  }

  perform(payment: Payment, action: MoneyAction): Promise<void> {
    switch (action.kind) {
      case 'capture':
        return this.change(payment, (trade) => capturedTrade(trade, action.amount));
      case 'void':
        return this.change(payment, voidedTrade);
      case 'refund':
        return this.change(payment, (trade) => refundedTrade(trade, action));
    }
  }

  async lookUpTrade(payment: Payment): Promise<ProcessorTrade> {
    const trade = await this.tradeOf(payment);
    if (!trade) return { status: 'unrecognised', capturedAmount: 0, refundedAmount: 0 };
    return { status: trade.status, capturedAmount: trade.capturedAmount, refundedAmount: trade.refundedAmount };
  }

  private tradeOf(payment: Payment): Promise<TestTrade | null> {
    return this.store.collection(testTrades).findOne({ merchantTradeNo: payment.merchantTradeNo });
  }

  private change(payment: Payment, next: (trade: TestTrade) => TestTrade | null): Promise<void> {
    return retryOnConflict(async () => {
      const trade = await this.tradeOf(payment);
      if (!trade) throw processorRefused(`The test processor has no trade ${payment.merchantTradeNo}.`);
      const after = next(trade);
      if (!after) return;
      const { id: _id, ...fields } = after;
      await this.store.write([updateOperation(testTrades, { id: trade.id, revision: trade.revision }, { $set: { ...fields, revision: trade.revision + 1 } })]);
    });
  }
}

function authorizationOf(trade: TestTrade): TestAuthorization {
  return { processorTradeNo: trade.id, card: trade.card };
}

/** 20 digits like ECPay's TradeNo: the Taiwan time to the second, then 8 random digits. */
function tradeNumber(now: Date): string {
  const time = aioTimestamp(now).replace(/\D/g, '').slice(2);
  return `${time}${String(randomInt(100_000_000)).padStart(8, '0')}`;
}
