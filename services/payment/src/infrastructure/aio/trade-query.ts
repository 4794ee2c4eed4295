import { z } from 'zod';
import type { FormFields } from '../../application/ports';
import type { ProcessorTrade } from '../../domain/money-action';
import type { Payment } from '../../domain/payment';
import type { AioAccount } from './aio-protocol';
import { hasValidCheckMacValue, signFields } from './check-mac-value';

/*
 * ECPay's record of a credit trade, in two calls: Cashier/QueryTradeInfo/V5 names the trade's card
 * authorization (gwsr) once it is paid, and CreditDetail/QueryTrade/V2 lists what was done to that
 * authorization: its closes (captures) and refunds, each with its amount.
 */

/** The paid trade's card authorization, as QueryTradeInfo names it. */
export interface CreditAuthorization {
  readonly creditRefundId: string;
  readonly amount: number;
}

/** QueryTradeInfo/V5's request; its TimeStamp must be within ECPay's 3 minutes of the time it arrives. */
export function tradeInfoQueryFields(payment: Payment, account: AioAccount, now: Date): FormFields {
  return signFields({ MerchantID: account.merchantId, MerchantTradeNo: payment.merchantTradeNo, TimeStamp: String(Math.floor(now.getTime() / 1000)) }, account);
}

/**
 * The authorization named by a QueryTradeInfo answer (URL-encoded, signed like a notice), `unpaid`
 * when TradeStatus is not 1, or null when the answer is not a signed one about this trade.
 */
export function creditAuthorizationOf(body: string, payment: Payment, account: AioAccount): CreditAuthorization | 'unpaid' | null {
  const fields = Object.fromEntries(new URLSearchParams(body.trim()));
  if (!hasValidCheckMacValue(fields, account) || fields.MerchantID !== account.merchantId || fields.MerchantTradeNo !== payment.merchantTradeNo) return null;
  if (fields.TradeStatus !== '1') return 'unpaid';
  const { gwsr = '', TradeAmt = '' } = fields;
  return /^\d{1,20}$/.test(gwsr) && /^\d{1,10}$/.test(TradeAmt) ? { creditRefundId: gwsr, amount: Number(TradeAmt) } : null;
}

/** QueryTrade/V2's request: the authorization, and the merchant's credit check code (商家檢查碼) from ECPay's back office. */
export function creditDetailQueryFields(authorization: CreditAuthorization, creditCheckCode: string, account: AioAccount): FormFields {
  return signFields(
    { MerchantID: account.merchantId, CreditRefundId: authorization.creditRefundId, CreditAmount: String(authorization.amount), CreditCheckCode: creditCheckCode },
    account,
  );
}

const amount = z.union([z.string().regex(/^\d{1,10}$/), z.number().int().nonnegative()]).transform(Number);

const creditDetailAnswer = z.object({
  RtnValue: z.object({
    status: z.string(),
    close_data: z.array(z.object({ status: z.string(), amount })).default([]),
  }),
});

/* ECPay's status texts: of the trade, and of each entry of its close_data. */
const AUTHORIZED = ['已授權'];
const ABANDONED = ['已放棄', '已取消'];
const CLOSED = ['要關帳', '已關帳'];
const REFUNDED = ['要退款', '已退款'];

/**
 * The trade as QueryTrade/V2's JSON answer describes it, or null when it is not such an answer. A
 * status this platform does not know makes the trade `unrecognised`, so nothing is decided from it.
 */
export function processorTradeOf(body: string): ProcessorTrade | null {
  const parsed = creditDetailAnswer.safeParse(parseJson(body));
  if (!parsed.success) return null;
  const { status, close_data: entries } = parsed.data.RtnValue;
  const sumOf = (statuses: readonly string[]) => entries.filter((entry) => statuses.includes(entry.status)).reduce((sum, entry) => sum + entry.amount, 0);
  const trade = { capturedAmount: sumOf(CLOSED), refundedAmount: sumOf(REFUNDED) };
  const known = entries.every((entry) => CLOSED.includes(entry.status) || REFUNDED.includes(entry.status));
  if (!known) return { status: 'unrecognised', ...trade };
  if (AUTHORIZED.includes(status)) return { status: 'authorized', ...trade };
  if (ABANDONED.includes(status)) return { status: 'voided', ...trade };
  if (CLOSED.includes(status) || REFUNDED.includes(status)) return { status: 'captured', ...trade };
  return { status: 'unrecognised', ...trade };
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}
