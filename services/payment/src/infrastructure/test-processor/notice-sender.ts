import type { Clock, Logger, Store } from '@ecticket/platform';
import { NOTICE_ACCEPTED } from '../../application/handle-processor-callback';
import type { FormFields } from '../../application/ports';
import { aioTimestamp, type AioAccount } from '../aio/aio-protocol';
import { signFields } from '../aio/check-mac-value';
import { testTrades } from '../collections';
import type { FormPoster } from '../http-client';
import type { TestTrade } from './test-trade';

export interface NoticeSettings {
  readonly account: AioAccount;
  /** Our ReturnURL, as ECPay would be given it. */
  readonly callbackUrl: string;
  readonly retryDelayMs: number;
  /** Sends in all, the first included. */
  readonly maxAttempts: number;
}

const RESEND_BATCH = 20;

/**
 * The test processor's result notices, sent as ECPay sends them: a signed form POSTed to the
 * ReturnURL, resent after a delay until answered exactly `1|OK`, a bounded number of times.
 */
export class NoticeSender {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly poster: FormPoster,
    private readonly settings: NoticeSettings,
  ) {}

  /** The first notice goes out now, without the caller waiting for it; resendDue takes over if it fails. */
  sendSoon(trade: TestTrade): void {
    void this.attempt(trade).catch((error: unknown) => this.logger.warn({ err: error, tradeNo: trade.id }, 'payment notice not sent; it will be resent'));
  }

  /** Resends the notices due by `now`; the retry job runs it. */
  async resendDue(now: Date): Promise<void> {
    const due = await this.store.collection(testTrades).find({ nextCallbackAt: { $lte: now.toISOString() } }, { sort: { nextCallbackAt: 1 }, limit: RESEND_BATCH });
    for (const trade of due) await this.attempt(trade);
  }

  private async attempt(trade: TestTrade): Promise<void> {
    const claimed = await this.claim(trade);
    if (!claimed) return;
    const failure = await this.deliver(claimed);
    if (failure === null) {
      await this.store.collection(testTrades).updateOne({ id: claimed.id }, { $set: { nextCallbackAt: null, callbackDeliveredAt: this.clock.now().toISOString() } });
      return;
    }
    const context = { tradeNo: claimed.id, attempt: claimed.callbackAttempts, failure };
    if (claimed.nextCallbackAt === null) this.logger.error(context, 'payment notice never acknowledged; no more resends');
    else this.logger.warn({ ...context, resendAt: claimed.nextCallbackAt }, 'payment notice not acknowledged; it will be resent');
  }

  /** Counts this send and schedules the next (none after the last), so two senders never send one attempt. */
  private claim(trade: TestTrade): Promise<TestTrade | null> {
    const attempts = trade.callbackAttempts + 1;
    const nextAt = new Date(this.clock.now().getTime() + this.settings.retryDelayMs).toISOString();
    return this.store
      .collection(testTrades)
      .updateOne(
        { id: trade.id, callbackAttempts: trade.callbackAttempts, callbackDeliveredAt: null },
        { $set: { callbackAttempts: attempts, nextCallbackAt: attempts < this.settings.maxAttempts ? nextAt : null } },
      );
  }

  /** Null when acknowledged, else what went wrong. */
  private async deliver(trade: TestTrade): Promise<string | null> {
    try {
      const reply = await this.poster.postForm(this.settings.callbackUrl, this.noticeOf(trade));
      return reply.body.trim() === NOTICE_ACCEPTED ? null : `HTTP ${reply.status}: ${reply.body.slice(0, 100)}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  /** ECPay's ReturnURL fields; like ECPay, the first send says 交易成功 and the resends say paid. */
  private noticeOf(trade: TestTrade): FormFields {
    const tradeDate = aioTimestamp(new Date(trade.tradeDate));
    return signFields(
      {
        MerchantID: this.settings.account.merchantId,
        MerchantTradeNo: trade.merchantTradeNo,
        StoreID: '',
        RtnCode: '1',
        RtnMsg: trade.callbackAttempts === 1 ? '交易成功' : 'paid',
        TradeNo: trade.id,
        TradeAmt: String(trade.amount),
        PaymentDate: tradeDate,
        PaymentType: 'Credit_CreditCard',
        PaymentTypeChargeFee: '0',
        TradeDate: tradeDate,
        SimulatePaid: '0',
      },
      this.settings.account,
    );
  }
}
