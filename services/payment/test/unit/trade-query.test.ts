import { newPayment, type Payment } from '../../src/domain/payment';
import type { AioAccount } from '../../src/infrastructure/aio/aio-protocol';
import { hasValidCheckMacValue, signFields } from '../../src/infrastructure/aio/check-mac-value';
import { creditAuthorizationOf, creditDetailQueryFields, processorTradeOf, tradeInfoQueryFields } from '../../src/infrastructure/aio/trade-query';

const account: AioAccount = { merchantId: '3002607', hashKey: 'pwFHCqoQZGmho4w6', hashIv: 'EkRm7iFT261dpevs' };
const payment: Payment = newPayment({
  id: '3f1c2b9e-7a4d-4c1e-9b8a-0d2e6f4a5b7c',
  orderId: 'order-1',
  merchantId: 'merchant-1',
  merchantName: 'Tea House',
  amount: 1200,
  description: 'Tea',
  processor: 'ecpay',
  now: new Date('2026-03-01T09:00:00.000Z'),
});

function tradeInfoAnswer(overrides: Record<string, string> = {}, signedWith: AioAccount = account): string {
  const fields = { MerchantID: '3002607', MerchantTradeNo: payment.merchantTradeNo, TradeNo: '2603011700001234', TradeAmt: '1200', TradeStatus: '1', gwsr: '13475885', ...overrides };
  return new URLSearchParams(signFields(fields, signedWith)).toString();
}

function creditDetailAnswer(status: string, closeData: { status: string; amount: string | number }[]): string {
  return JSON.stringify({ RtnMsg: '', RtnValue: { TradeID: '13475885', amount: '1200', clsamt: '1000', authtime: '2026/03/01 17:05:00', status, close_data: closeData } });
}

describe('ECPay QueryTradeInfo/V5', () => {
  it('is asked with the trade number and a unix TimeStamp, signed', () => {
    const fields = tradeInfoQueryFields(payment, account, new Date('2026-03-01T09:00:00.000Z'));
    expect(fields).toMatchObject({ MerchantID: '3002607', MerchantTradeNo: payment.merchantTradeNo, TimeStamp: '1772355600' });
    expect(hasValidCheckMacValue(fields, account)).toBe(true);
  });

  it('names the paid trade’s card authorization (gwsr)', () => {
    expect(creditAuthorizationOf(tradeInfoAnswer(), payment, account)).toEqual({ creditRefundId: '13475885', amount: 1200 });
    expect(creditAuthorizationOf(tradeInfoAnswer({ TradeStatus: '0' }), payment, account)).toBe('unpaid');
  });

  it.each([
    ['signed with another key', tradeInfoAnswer({}, { ...account, hashKey: 'anotherHashKey01' })],
    ['about another trade', tradeInfoAnswer({ MerchantTradeNo: 'EP0000000000000000' })],
    ['for another merchant', tradeInfoAnswer({ MerchantID: '2000132' })],
    ['without gwsr', tradeInfoAnswer({ gwsr: '' })],
    ['not a form', '<html>busy</html>'],
  ])('is not believed when %s', (_case, body) => {
    expect(creditAuthorizationOf(body, payment, account)).toBeNull();
  });
});

describe('ECPay CreditDetail/QueryTrade/V2', () => {
  it('is asked with the authorization, its amount and the merchant’s credit check code, signed', () => {
    const fields = creditDetailQueryFields({ creditRefundId: '13475885', amount: 1200 }, '62861749', account);
    expect(fields).toMatchObject({ MerchantID: '3002607', CreditRefundId: '13475885', CreditAmount: '1200', CreditCheckCode: '62861749' });
    expect(hasValidCheckMacValue(fields, account)).toBe(true);
  });

  it('tells an authorized, an abandoned and a closed trade apart, with what was closed and refunded', () => {
    expect(processorTradeOf(creditDetailAnswer('已授權', []))).toEqual({ status: 'authorized', capturedAmount: 0, refundedAmount: 0 });
    expect(processorTradeOf(creditDetailAnswer('已放棄', []))).toEqual({ status: 'voided', capturedAmount: 0, refundedAmount: 0 });
    const closedAndRefunded = creditDetailAnswer('已關帳', [
      { status: '已關帳', amount: '1000' },
      { status: '要退款', amount: 300 },
      { status: '已退款', amount: '100' },
    ]);
    expect(processorTradeOf(closedAndRefunded)).toEqual({ status: 'captured', capturedAmount: 1000, refundedAmount: 400 });
  });

  it('reports a status it does not know as unrecognised, so nothing is decided from it', () => {
    expect(processorTradeOf(creditDetailAnswer('未知', []))?.status).toBe('unrecognised');
    expect(processorTradeOf(creditDetailAnswer('已關帳', [{ status: '已關帳', amount: 1000 }, { status: '調帳', amount: 50 }]))?.status).toBe('unrecognised');
  });

  it('reads nothing from an answer that is not one', () => {
    expect(processorTradeOf('Data not found')).toBeNull();
    expect(processorTradeOf(JSON.stringify({ RtnMsg: 'Data not found', RtnValue: null }))).toBeNull();
    expect(processorTradeOf(creditDetailAnswer('已關帳', [{ status: '已關帳', amount: '-5' }]))).toBeNull();
  });
});
