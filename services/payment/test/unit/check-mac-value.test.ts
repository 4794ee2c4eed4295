import { checkMacValue, ecpayUrlEncode, hasValidCheckMacValue, signFields } from '../../src/infrastructure/aio/check-mac-value';

const aio = { hashKey: 'pwFHCqoQZGmho4w6', hashIv: 'EkRm7iFT261dpevs' };

describe('CheckMacValue (ecticket-api.md §4.3, §5)', () => {
  it('reproduces test vector V-C, the AIO payment callback', () => {
    const callback = {
      MerchantID: '3002607',
      MerchantTradeNo: 'Test1234567890',
      RtnCode: '1',
      RtnMsg: 'Succeeded',
      TradeNo: '2301011234567890',
      TradeAmt: '100',
      PaymentDate: '2025/01/01 12:05:00',
      PaymentType: 'Credit_CreditCard',
      TradeDate: '2025/01/01 12:00:00',
      SimulatePaid: '0',
    };
    expect(checkMacValue(callback, aio)).toBe('2AB536D86AFF8E1086744D59175040A32538C96B1C28C4135B551BD728E913B8');
  });

  it('reproduces the AioCheckOut request vector of the same source, with Chinese TradeDesc and ItemName', () => {
    const request = {
      MerchantID: '3002607',
      MerchantTradeNo: 'Test1234567890',
      MerchantTradeDate: '2025/01/01 12:00:00',
      PaymentType: 'aio',
      TotalAmount: '100',
      TradeDesc: '測試',
      ItemName: '測試商品',
      ReturnURL: 'https://example.com/notify',
      ChoosePayment: 'ALL',
      EncryptType: '1',
    };
    expect(checkMacValue(request, aio)).toBe('291CBA324D31FB5A4BBBFDF2CFE5D32598524753AFD4959C3BF590C5B2F57FB2');
  });

  it.each([
    ["an apostrophe (encoded, unlike encodeURIComponent)", "Tom's Shop", '100', 'CF0A3D4901D99459D8641516EC57210700E8A5C9AB26B1D021301E9CB93EF78D'],
    ['a tilde (%7e)', 'Test~Product', '200', 'CEEAE01D2F9A8E74D4AC0DCE7735B046D73F35A5EC99558A31A2EE03159DA1C9'],
    ['spaces (+, not %20)', 'My Test Product', '300', '7712A5E6EDC3B57086063C88568084C66CE882A21D40E74DE5ACA3B478C6F316'],
  ])('reproduces the published vector with %s', (_case, itemName, amount, expected) => {
    expect(checkMacValue({ MerchantID: '3002607', ItemName: itemName, TotalAmount: amount }, aio)).toBe(expected);
  });

  it('leaves out the CheckMacValue field itself and sorts keys ignoring case', () => {
    const fields = { b: '2', A: '1', CheckMacValue: 'ignored' };
    expect(checkMacValue(fields, aio)).toBe(checkMacValue({ A: '1', b: '2' }, aio));
    expect(checkMacValue({ a: '1', B: '2' }, aio)).toBe(checkMacValue({ B: '2', a: '1' }, aio));
  });

  it('accepts its own signature and refuses any change to a field or to the value', () => {
    const signed = signFields({ MerchantID: '3002607', TradeAmt: '100' }, aio);
    expect(hasValidCheckMacValue(signed, aio)).toBe(true);
    expect(hasValidCheckMacValue({ ...signed, TradeAmt: '101' }, aio)).toBe(false);
    const value = signed.CheckMacValue ?? '';
    const flipped = `${value.slice(0, -1)}${value.endsWith('0') ? '1' : '0'}`;
    expect(hasValidCheckMacValue({ ...signed, CheckMacValue: flipped }, aio)).toBe(false);
    expect(hasValidCheckMacValue({ ...signed, CheckMacValue: value.slice(1) }, aio)).toBe(false);
    expect(hasValidCheckMacValue({ MerchantID: '3002607', TradeAmt: '100' }, aio)).toBe(false);
    expect(hasValidCheckMacValue(signed, { ...aio, hashKey: 'another16bytekey' })).toBe(false);
  });
});

describe('the .NET (ecpay) URL-encoding', () => {
  it('turns a space into +', () => {
    expect(ecpayUrlEncode(' ')).toBe('+');
  });

  it.each(['-', '_', '.', '!', '*', '(', ')'])('leaves %s unencoded', (character) => {
    expect(ecpayUrlEncode(character)).toBe(character);
  });

  it('encodes ~ as %7E (%7e once lower-cased)', () => {
    expect(ecpayUrlEncode('~')).toBe('%7E');
  });

  it.each([
    ['@', '%40'],
    ['#', '%23'],
    ['$', '%24'],
    ['%', '%25'],
    ['^', '%5E'],
    ['&', '%26'],
    ['=', '%3D'],
    ['+', '%2B'],
    [';', '%3B'],
    ['?', '%3F'],
    ['/', '%2F'],
    ['\\', '%5C'],
    ['>', '%3E'],
    ['<', '%3C'],
    ['`', '%60'],
    ['[', '%5B'],
    [']', '%5D'],
    ['{', '%7B'],
    ['}', '%7D'],
    [':', '%3A'],
    ["'", '%27'],
    ['"', '%22'],
    [',', '%2C'],
    ['|', '%7C'],
  ])('percent-encodes %s as %s', (character, encoded) => {
    expect(ecpayUrlEncode(character)).toBe(encoded);
  });

  it('percent-encodes other text as UTF-8 and keeps letters and digits', () => {
    expect(ecpayUrlEncode('測試 Ab9')).toBe('%E6%B8%AC%E8%A9%A6+Ab9');
  });
});
