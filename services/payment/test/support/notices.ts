import type { FormFields } from '../../src/application/ports';
import type { AioAccount } from '../../src/infrastructure/aio/aio-protocol';
import { signFields } from '../../src/infrastructure/aio/check-mac-value';

/** The test processor's default account (ECPay's public stage AIO account). */
export const testProcessorAccount: AioAccount = { merchantId: '3002607', hashKey: 'pwFHCqoQZGmho4w6', hashIv: 'EkRm7iFT261dpevs' };

/** A signed ReturnURL notice that the payment was paid, as ECPay sends it; `overrides` are signed too. */
export function paidNotice(
  payment: { readonly merchantTradeNo: string; readonly amount: number },
  account: AioAccount = testProcessorAccount,
  overrides: Record<string, string> = {},
): FormFields {
  return signFields(
    {
      MerchantID: account.merchantId,
      MerchantTradeNo: payment.merchantTradeNo,
      StoreID: '',
      RtnCode: '1',
      RtnMsg: '交易成功',
      TradeNo: '2603011700001234',
      TradeAmt: String(payment.amount),
      PaymentDate: '2026/03/01 17:05:00',
      PaymentType: 'Credit_CreditCard',
      PaymentTypeChargeFee: '0',
      TradeDate: '2026/03/01 17:00:00',
      SimulatePaid: '0',
      ...overrides,
    },
    account,
  );
}

/** The form body a processor posts. */
export function formBody(fields: FormFields): string {
  return new URLSearchParams(fields).toString();
}
