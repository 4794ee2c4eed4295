import { acceptCard, parseIssuerTable, type CardEntry, type IssuerTable } from '../../src/domain/card';
import { DEFAULT_TEST_CARD_ISSUERS } from '../../src/config';

const issuers = parseIssuerTable(DEFAULT_TEST_CARD_ISSUERS) as IssuerTable;
const now = new Date('2026-03-01T09:00:00.000Z');
const entry = (overrides: Partial<CardEntry> = {}): CardEntry => ({ number: '4311950000000002', expiryMonth: 12, expiryYear: 2028, cvv: '123', installments: 1, ...overrides });

interface Refusal {
  readonly code: string;
  readonly category: string;
  readonly message: string;
  readonly details: Record<string, unknown>;
}

function refusal(card: CardEntry, table: IssuerTable = issuers): Refusal {
  try {
    acceptCard(card, table, now);
  } catch (error) {
    const { code, category, message, details } = error as Refusal;
    return { code, category, message, details };
  }
  throw new Error('expected a refusal');
}

describe('R3: test cards', () => {
  it.each([
    ['VISA', '4311950000000002', 'visa'],
    ['VISA with spaces', '4311 9500 0000 0002', 'visa'],
    ['MasterCard 51–55', '5521990000000001', 'mastercard'],
    ['MasterCard 2221–2720', '2223-0000-0000-0007', 'mastercard'],
    ['JCB 3528–3589', '3566990000000002', 'jcb'],
  ])('R3: accepts a Taiwanese %s card, keeping only its brand and last four digits', (_name, number, brand) => {
    expect(acceptCard(entry({ number }), issuers, now)).toEqual({ brand, last4: number.slice(-4) });
  });

  it('R3: accepts payment in full, given as 0 or 1 instalment', () => {
    expect(acceptCard(entry({ installments: 0 }), issuers, now).brand).toBe('visa');
  });

  it('R3: refuses instalments', () => {
    expect(refusal(entry({ installments: 3 }))).toMatchObject({ code: 'CARD_INSTALLMENTS_NOT_ALLOWED', category: 'failed_precondition' });
  });

  it.each([
    ['American Express', '378282246310005'],
    ['Discover', '6011000000000004'],
    ['UnionPay', '6200000000000005'],
    ['a JCB-like 3527 prefix', '3527000000000003'],
    ['a MasterCard-like 2721 prefix', '2721000000000004'],
  ])('R3: refuses %s by its number range', (_name, number) => {
    expect(refusal(entry({ number })).code).toBe('CARD_BRAND_NOT_ACCEPTED');
  });

  it('R3: refuses a number whose check digit is wrong', () => {
    expect(refusal(entry({ number: '4311950000000003' }))).toMatchObject({ code: 'CARD_CHECK_DIGIT_INVALID', category: 'invalid_argument' });
  });

  it.each([['too short', '4311950'], ['letters', '4311-95AB-0000-0002'], ['a 15-digit MasterCard', '552199000000000']])(
    'R3: refuses a malformed number (%s)',
    (_name, number) => {
      expect(refusal(entry({ number })).code).toBe('CARD_NUMBER_MALFORMED');
    },
  );

  it('R3: refuses a card past the end of its expiry month in Taiwan time, and takes it until then', () => {
    expect(refusal(entry({ expiryMonth: 2, expiryYear: 2026 })).code).toBe('CARD_EXPIRED');
    expect(acceptCard(entry({ expiryMonth: 3, expiryYear: 26 }), issuers, now).brand).toBe('visa');
    const lastMinuteOfMarch = new Date('2026-03-31T15:59:00.000Z');
    expect(() => acceptCard(entry({ expiryMonth: 3, expiryYear: 2026 }), issuers, lastMinuteOfMarch)).not.toThrow();
    const aprilInTaipei = new Date('2026-03-31T16:00:00.000Z');
    expect(() => acceptCard(entry({ expiryMonth: 3, expiryYear: 2026 }), issuers, aprilInTaipei)).toThrow(expect.objectContaining({ code: 'CARD_EXPIRED' }));
  });

  it('R3: refuses an expiry that is no month', () => {
    expect(refusal(entry({ expiryMonth: 13 })).code).toBe('CARD_EXPIRY_INVALID');
  });

  it('R3: refuses a CVV that is not 3 digits', () => {
    expect(refusal(entry({ cvv: '12' })).code).toBe('CARD_CVV_INVALID');
  });

  it.each([
    ['VISA', '4111111111111111', 'US'],
    ['MasterCard', '5555555555554444', 'US'],
    ['JCB', '3530111333300000', 'JP'],
  ])('R3: refuses a %s card issued outside Taiwan', (_name, number, country) => {
    expect(refusal(entry({ number }))).toMatchObject({ code: 'CARD_ISSUED_OUTSIDE_TAIWAN', category: 'failed_precondition', details: { country } });
  });

  it('R3: refuses a card whose issuer the table does not know', () => {
    expect(refusal(entry({ number: '4000000000000002' })).code).toBe('CARD_ISSUER_UNKNOWN');
  });

  it('R3: takes the longest matching BIN prefix of the table', () => {
    const table = parseIssuerTable('4:US,431195:TW') as IssuerTable;
    expect(acceptCard(entry(), table, now).brand).toBe('visa');
    expect(refusal(entry({ number: '4111111111111111' }), table).code).toBe('CARD_ISSUED_OUTSIDE_TAIWAN');
  });

  it('never repeats the card number or CVV in a refusal', () => {
    const number = '4111111111111111';
    for (const card of [entry({ number }), entry({ number, cvv: '98' }), entry({ number: '4311950000000003', cvv: '987' })]) {
      const { message } = refusal(card);
      expect(message).not.toContain(card.number);
      expect(message).not.toContain(card.cvv);
    }
  });
});

describe('the issuer table (TEST_CARD_ISSUERS)', () => {
  it('reads JSON and prefix:country pairs alike, countries upper-cased', () => {
    expect(parseIssuerTable('{"431195":"tw","4111":"US"}')).toEqual(new Map([['431195', 'TW'], ['4111', 'US']]));
    expect(parseIssuerTable(' 431195:TW , 4111:us ')).toEqual(new Map([['431195', 'TW'], ['4111', 'US']]));
  });

  it.each(['', 'TW', '4311:TWN', 'abc:TW', '123456789:TW', '{"4311":1}', '["4311","TW"]', '{broken'])('refuses %j', (text) => {
    expect(parseIssuerTable(text)).toBeNull();
  });
});

