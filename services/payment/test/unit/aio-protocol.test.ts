import { aioTimestamp, checkoutFields, doActionFields, doActionOutcome, verifyAioNotice, type AioAccount } from '../../src/infrastructure/aio/aio-protocol';
import { hasValidCheckMacValue, signFields } from '../../src/infrastructure/aio/check-mac-value';
import { newPayment, type Payment } from '../../src/domain/payment';
import { paidNotice } from '../support/notices';

const account: AioAccount = { merchantId: '3002607', hashKey: 'pwFHCqoQZGmho4w6', hashIv: 'EkRm7iFT261dpevs' };
const payment: Payment = newPayment({
  id: '3f1c2b9e-7a4d-4c1e-9b8a-0d2e6f4a5b7c',
  orderId: 'order-1',
  merchantId: 'merchant-1',
  merchantName: 'Tea House',
  amount: 1200,
  description: 'Afternoon tea #2 & cake',
  processor: 'ecpay',
  now: new Date('2026-03-01T16:30:05.000Z'),
});

describe('the AIO checkout form', () => {
  const fields = checkoutFields(payment, account, 'https://platform.example/v1/payments/callback');

  it('carries the AioCheckOut parameters, dated in Taiwan time, signed with CheckMacValue', () => {
    expect(fields).toMatchObject({
      MerchantID: '3002607',
      MerchantTradeNo: payment.merchantTradeNo,
      MerchantTradeDate: '2026/03/02 00:30:05',
      PaymentType: 'aio',
      TotalAmount: '1200',
      TradeDesc: 'Afternoon tea #2 & cake',
      ItemName: 'Afternoon tea #2 & cake',
      ReturnURL: 'https://platform.example/v1/payments/callback',
      ChoosePayment: 'Credit',
      EncryptType: '1',
    });
    expect(fields.MerchantTradeNo).toMatch(/^[A-Za-z0-9]{1,20}$/);
    expect(hasValidCheckMacValue(fields, account)).toBe(true);
  });

  it('R3: offers no instalments, bonus points or UnionPay', () => {
    expect(fields).not.toHaveProperty('CreditInstallment');
    expect(fields).not.toHaveProperty('Redeem');
    expect(fields.UnionPay).toBe('2');
  });

  it('is the same every time it is asked for', () => {
    expect(checkoutFields(payment, account, 'https://platform.example/v1/payments/callback')).toEqual(fields);
  });
});

describe('ReturnURL notices', () => {
  const tradeNo = { merchantTradeNo: payment.merchantTradeNo, amount: 1200 };

  it('are read once their CheckMacValue and MerchantID are ours', () => {
    expect(verifyAioNotice(paidNotice(tradeNo, account), account)).toEqual({
      ok: true,
      notice: { merchantTradeNo: payment.merchantTradeNo, processorTradeNo: '2603011700001234', amount: 1200, outcome: 'paid', message: '交易成功' },
    });
  });

  it('tell a decline (RtnCode ≠ 1) and a simulation (SimulatePaid=1, whatever RtnCode) apart', () => {
    const declined = verifyAioNotice(paidNotice(tradeNo, account, { RtnCode: '10200058' }), account);
    expect(declined.ok && declined.notice.outcome).toBe('declined');
    const simulated = verifyAioNotice(paidNotice(tradeNo, account, { SimulatePaid: '1' }), account);
    expect(simulated.ok && simulated.notice.outcome).toBe('simulated');
  });

  it('are refused with a reason when forged, for another merchant, or incomplete', () => {
    expect(verifyAioNotice({ ...paidNotice(tradeNo, account), TradeAmt: '1' }, account)).toEqual({ ok: false, reason: 'CheckMacValue error' });
    expect(verifyAioNotice(paidNotice(tradeNo, account, { MerchantID: '2000132' }), account)).toEqual({ ok: false, reason: 'MerchantID mismatch' });
    expect(verifyAioNotice(paidNotice(tradeNo, account, { TradeAmt: '12.5' }), account)).toEqual({ ok: false, reason: 'malformed notice' });
    const { TradeNo: _dropped, ...withoutTradeNo } = paidNotice(tradeNo, account);
    expect(verifyAioNotice(signFields(withoutTradeNo, account), account)).toEqual({ ok: false, reason: 'malformed notice' });
  });
});

describe('DoAction', () => {
  const authorized: Payment = { ...payment, status: 'authorized', processorTradeNo: '2603011700001234' };

  it('signs the action on the trade', () => {
    const fields = doActionFields(authorized, 'R', 400, account);
    expect(fields).toMatchObject({ MerchantID: '3002607', MerchantTradeNo: payment.merchantTradeNo, TradeNo: '2603011700001234', Action: 'R', TotalAmount: '400' });
    expect(hasValidCheckMacValue(fields, account)).toBe(true);
  });

  it.each([
    ['a URL-encoded success', 'MerchantID=3002607&MerchantTradeNo=EP1&TradeNo=1&RtnCode=1&RtnMsg=OK', { ok: true, message: 'OK' }],
    ['a URL-encoded refusal', 'RtnCode=10200047&RtnMsg=%E5%A4%B1%E6%95%97', { ok: false, message: '失敗' }],
    ['a bare 1|OK', '1|OK\n', { ok: true, message: 'OK' }],
    ['anything else', '<html>error</html>', { ok: false, message: '' }],
  ])('reads %s', (_case, body, outcome) => {
    expect(doActionOutcome(body)).toEqual(outcome);
  });
});

it('writes timestamps as yyyy/MM/dd HH:mm:ss in Taiwan time (UTC+8)', () => {
  expect(aioTimestamp(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026/01/01 00:00:00');
});
