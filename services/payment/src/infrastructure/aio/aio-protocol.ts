import type { FormFields, NoticeVerification } from '../../application/ports';
import type { ProcessorNotice } from '../../domain/notice';
import type { Payment } from '../../domain/payment';
import { taiwanWallClock } from '../../domain/taiwan-time';
import { hasValidCheckMacValue, signFields, type AioCredentials } from './check-mac-value';

/** An AIO merchant account: ECPay's, or the built-in test processor's own. */
export interface AioAccount extends AioCredentials {
  readonly merchantId: string;
}

/** `yyyy/MM/dd HH:mm:ss` in Taiwan time, as ECPay writes MerchantTradeDate, TradeDate and PaymentDate. */
export function aioTimestamp(at: Date): string {
  const iso = taiwanWallClock(at).toISOString();
  return `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)} ${iso.slice(11, 19)}`;
}

/**
 * The signed AioCheckOut/V5 form of a payment. It is derived from the payment alone (the trade date
 * is its creation), so every request for it gets the same form.
 */
export function checkoutFields(payment: Payment, account: AioAccount, returnUrl: string): FormFields {
  return signFields(
    {
      MerchantID: account.merchantId,
      MerchantTradeNo: payment.merchantTradeNo,
      MerchantTradeDate: aioTimestamp(new Date(payment.createdAt)),
      PaymentType: 'aio',
      TotalAmount: String(payment.amount),
      TradeDesc: payment.description,
      ItemName: payment.description,
      ReturnURL: returnUrl,
      ChoosePayment: 'Credit',
      EncryptType: '1',
      // R3: ECPay offers instalments only when CreditInstallment is sent (and bonus points only
      // with Redeem=Y); neither is, so the card is charged in full at once. UnionPay=2 keeps
      // UnionPay cards off the page: VISA, MasterCard and JCB only.
      UnionPay: '2',
    },
    account,
  );
}

/** A ReturnURL notice, verified: its CheckMacValue first, then that it is for our merchant account. */
export function verifyAioNotice(fields: FormFields, account: AioAccount): NoticeVerification {
  if (!hasValidCheckMacValue(fields, account)) return refused('CheckMacValue error');
  if (fields.MerchantID !== account.merchantId) return refused('MerchantID mismatch');
  const notice = noticeOf(fields);
  return notice ? { ok: true, notice } : refused('malformed notice');
}

function noticeOf(fields: FormFields): ProcessorNotice | null {
  const { MerchantTradeNo, TradeNo, TradeAmt, RtnCode, RtnMsg = '', SimulatePaid = '0' } = fields;
  if (!MerchantTradeNo || !TradeNo || TradeNo.length > 64 || !RtnCode || !TradeAmt || !/^\d{1,10}$/.test(TradeAmt)) return null;
  return {
    merchantTradeNo: MerchantTradeNo,
    processorTradeNo: TradeNo,
    amount: Number(TradeAmt),
    outcome: SimulatePaid === '1' ? 'simulated' : RtnCode === '1' ? 'paid' : 'declined',
    message: RtnMsg,
  };
}

function refused(reason: string): NoticeVerification {
  return { ok: false, reason };
}

/** DoAction's actions on an authorized credit trade: close (capture), abandon (void), refund. */
export type DoAction = 'C' | 'N' | 'R';

export function doActionFields(payment: Payment, action: DoAction, amount: number, account: AioAccount): FormFields {
  return signFields(
    {
      MerchantID: account.merchantId,
      MerchantTradeNo: payment.merchantTradeNo,
      TradeNo: payment.processorTradeNo ?? '',
      Action: action,
      TotalAmount: String(amount),
    },
    account,
  );
}

/**
 * DoAction answers URL-encoded `…&RtnCode=1&RtnMsg=…`; some clients document a bare `1|OK`, so
 * both shapes are read. RtnCode 1 is success.
 */
export function doActionOutcome(body: string): { readonly ok: boolean; readonly message: string } {
  const text = body.trim();
  const form = new URLSearchParams(text);
  const [barCode = '', barMessage = ''] = text.split('|');
  const code = form.get('RtnCode') ?? barCode;
  const message = form.get('RtnMsg') ?? barMessage;
  return { ok: code === '1', message: message.slice(0, 100) };
}
