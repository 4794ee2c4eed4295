import type { FormFields } from '../../src/application/ports';
import type { AioAccount } from '../../src/infrastructure/aio/aio-protocol';
import { hasValidCheckMacValue, signFields } from '../../src/infrastructure/aio/check-mac-value';
import { LocalHttpServer, type ReceivedPost } from './http-servers';

/** ECPay's side of one credit trade, with its status texts as QueryTrade/V2 reports them. */
export interface FakeCreditTrade {
  readonly merchantTradeNo: string;
  readonly tradeNo: string;
  readonly gwsr: string;
  readonly amount: number;
  status: string;
  readonly closeData: { status: string; amount: number }[];
}

/**
 * What the next DoAction meets: `answered` (done and answered RtnCode=1), `answer-lost` (done, but
 * the answer never arrives: HTTP 502), `unreachable` (not done: HTTP 503), or a refusal body.
 */
export type DoActionFate = 'answered' | 'answer-lost' | 'unreachable' | { readonly refusal: string };

export const ecpayAccount: AioAccount = { merchantId: '3002607', hashKey: 'ecpayHashKey0001', hashIv: 'ecpayHashIv00001' };
export const CREDIT_CHECK_CODE = '62861749';

/**
 * Stands in for ECPay's payment host: DoAction changes the trades it keeps, QueryTradeInfo/V5 and
 * QueryTrade/V2 report them. Every POST is recorded; requests with a wrong CheckMacValue are refused.
 */
export class FakeEcpay {
  readonly server = new LocalHttpServer((post) => this.answer(post));
  private readonly trades = new Map<string, FakeCreditTrade>();
  private fates: DoActionFate[] = [];

  start(): Promise<LocalHttpServer> {
    return this.server.start();
  }

  environment(): Record<string, string> {
    return {
      PAYMENT_PROCESSOR: 'ecpay',
      ECPAY_MERCHANT_ID: ecpayAccount.merchantId,
      ECPAY_HASH_KEY: ecpayAccount.hashKey,
      ECPAY_HASH_IV: ecpayAccount.hashIv,
      ECPAY_CHECKOUT_URL: 'https://payment-stage.ecpay.com.tw/Cashier/AioCheckOut/V5',
      ECPAY_ACTION_URL: this.server.url('/CreditDetail/DoAction'),
      ECPAY_QUERY_TRADE_INFO_URL: this.server.url('/Cashier/QueryTradeInfo/V5'),
      ECPAY_CREDIT_QUERY_URL: this.server.url('/CreditDetail/QueryTrade/V2'),
      ECPAY_CREDIT_CHECK_CODE: CREDIT_CHECK_CODE,
    };
  }

  /** The buyer paid: ECPay holds an authorization for the trade. */
  authorize(merchantTradeNo: string, tradeNo: string, amount: number): FakeCreditTrade {
    const trade = { merchantTradeNo, tradeNo, gwsr: String(10_000_000 + this.trades.size), amount, status: '已授權', closeData: [] };
    this.trades.set(merchantTradeNo, trade);
    return trade;
  }

  trade(merchantTradeNo: string): FakeCreditTrade | undefined {
    return this.trades.get(merchantTradeNo);
  }

  /** The fates of the next DoActions, in order; afterwards they are answered. */
  nextDoActions(...fates: DoActionFate[]): void {
    this.fates = fates;
  }

  posts(path: string, merchantTradeNo?: string): ReceivedPost[] {
    return this.server.received.filter((post) => post.path === path && (merchantTradeNo === undefined || post.fields.MerchantTradeNo === merchantTradeNo));
  }

  doActions(merchantTradeNo: string): FormFields[] {
    return this.posts('/CreditDetail/DoAction', merchantTradeNo).map((post) => post.fields);
  }

  private async answer({ path, fields }: ReceivedPost): Promise<{ status: number; body: string }> {
    if (!hasValidCheckMacValue(fields, ecpayAccount)) return { status: 200, body: 'RtnCode=10200073&RtnMsg=CheckMacValue Error' };
    switch (path) {
      case '/CreditDetail/DoAction':
        return this.doAction(fields);
      case '/Cashier/QueryTradeInfo/V5':
        return this.tradeInfo(fields);
      case '/CreditDetail/QueryTrade/V2':
        return this.creditDetail(fields);
      default:
        return { status: 404, body: 'not found' };
    }
  }

  private doAction(fields: FormFields): { status: number; body: string } {
    const fate = this.fates.shift() ?? 'answered';
    if (fate === 'unreachable') return { status: 503, body: 'Service Unavailable' };
    if (typeof fate === 'object') return { status: 200, body: fate.refusal };
    const trade = this.trades.get(fields.MerchantTradeNo ?? '');
    const refusal = trade ? this.apply(trade, fields.Action ?? '', Number(fields.TotalAmount)) : 'no such trade';
    if (refusal) return { status: 200, body: `RtnCode=10100050&RtnMsg=${encodeURIComponent(refusal)}` };
    if (fate === 'answer-lost') return { status: 502, body: 'Bad Gateway' };
    return { status: 200, body: `MerchantID=${ecpayAccount.merchantId}&MerchantTradeNo=${fields.MerchantTradeNo}&TradeNo=${fields.TradeNo}&RtnCode=1&RtnMsg=Succeeded` };
  }

  /** DoAction on the trade, as ECPay's credit back end would; the refusal, or null. */
  private apply(trade: FakeCreditTrade, action: string, amount: number): string | null {
    const closed = trade.closeData.filter((entry) => entry.status === '要關帳').reduce((sum, entry) => sum + entry.amount, 0);
    const refunded = trade.closeData.filter((entry) => entry.status === '要退款').reduce((sum, entry) => sum + entry.amount, 0);
    if (action === 'C' && trade.status === '已授權' && amount <= trade.amount) {
      trade.status = '要關帳';
      trade.closeData.push({ status: '要關帳', amount });
      return null;
    }
    if (action === 'N' && trade.status === '已授權') {
      trade.status = '已放棄';
      return null;
    }
    if (action === 'R' && trade.status === '要關帳' && refunded + amount <= closed) {
      trade.closeData.push({ status: '要退款', amount });
      return null;
    }
    return `cannot ${action} a trade that is ${trade.status}`;
  }

  private tradeInfo(fields: FormFields): { status: number; body: string } {
    const trade = this.trades.get(fields.MerchantTradeNo ?? '');
    const answer = signFields(
      {
        MerchantID: ecpayAccount.merchantId,
        MerchantTradeNo: fields.MerchantTradeNo ?? '',
        StoreID: '',
        TradeNo: trade?.tradeNo ?? '',
        TradeAmt: String(trade?.amount ?? 0),
        PaymentType: 'Credit_CreditCard',
        TradeStatus: trade ? '1' : '0',
        gwsr: trade?.gwsr ?? '',
        amount: String(trade?.amount ?? 0),
      },
      ecpayAccount,
    );
    return { status: 200, body: new URLSearchParams(answer).toString() };
  }

  private creditDetail(fields: FormFields): { status: number; body: string } {
    const trade = [...this.trades.values()].find((candidate) => candidate.gwsr === fields.CreditRefundId && String(candidate.amount) === fields.CreditAmount);
    if (!trade || fields.CreditCheckCode !== CREDIT_CHECK_CODE) return { status: 200, body: JSON.stringify({ RtnMsg: 'Data not found', RtnValue: null }) };
    const clsamt = trade.closeData.filter((entry) => entry.status === '要關帳').reduce((sum, entry) => sum + entry.amount, 0);
    const close_data = trade.closeData.map((entry, index) => ({ status: entry.status, sno: String(4_137_727 + index), amount: String(entry.amount), datetime: '2026/03/01 17:10:00' }));
    return { status: 200, body: JSON.stringify({ RtnMsg: '', RtnValue: { TradeID: trade.gwsr, amount: String(trade.amount), clsamt: String(clsamt), authtime: '2026/03/01 17:05:00', status: trade.status, close_data } }) };
  }
}
