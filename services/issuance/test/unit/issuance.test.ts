import { daysLater } from '../../src/domain/calendar';
import { captureAmountOf, issue, withIssuanceDates } from '../../src/domain/issuance';
import { assertIssuable } from '../../src/domain/issuance-rules';
import { giftTerms, issueContext, now, order, paid, product } from '../support/fixtures';

const gift = product(giftTerms, 'gift');
const giftOnly = (overrides = {}) => order({ items: [{ productId: 'gift', quantity: 1 }], ...overrides }, [gift]);

describe('R26: issuance rules, each its own refusal', () => {
  it('R26.1: an order with pickup vouchers is issued within 21 days of its payment', () => {
    const paidOrder = paid(order());
    expect(() => assertIssuable(paidOrder, daysLater(now, 21), 21)).not.toThrow();
    expect(() => assertIssuable(paidOrder, new Date(daysLater(now, 21).getTime() + 1), 21)).toThrow(
      expect.objectContaining({ category: 'failed_precondition', code: 'ISSUANCE_WINDOW_EXPIRED' }),
    );
    expect(() => assertIssuable(paidOrder, daysLater(now, 25), 30)).not.toThrow();
  });

  it('R26.2: an order of gift vouchers only carries their expiry date', () => {
    expect(() => assertIssuable(giftOnly(), now, 21)).toThrow(expect.objectContaining({ code: 'GIFT_VOUCHER_EXPIRY_REQUIRED' }));
    expect(() => assertIssuable(giftOnly({ giftVoucherExpiresOn: '2026-12-31' }), now, 21)).not.toThrow();
    const mixed = order({ items: [{ productId: 'product-1', quantity: 1 }, { productId: 'gift', quantity: 1 }] }, [product(), gift]);
    expect(() => assertIssuable(paid(mixed), now, 21)).not.toThrow();
  });

  it('R26.3: a non-immediate electronic ticket carries the date it can be used from', () => {
    const later = product({ immediatelyUsable: false });
    const refusal = expect.objectContaining({ code: 'USABLE_FROM_REQUIRED', details: { productId: 'product-1' } });
    expect(() => assertIssuable(paid(order({}, [later])), now, 21)).toThrow(refusal);
    expect(() => assertIssuable(paid(order({ usableFrom: '2026-04-01' }, [later])), now, 21)).not.toThrow();
    expect(() => assertIssuable(paid(order({}, [product({ immediatelyUsable: false, validity: { usableFrom: '2026-04-01', expiry: null } })])), now, 21)).not.toThrow();
    expect(() => assertIssuable(paid(order({ form: 'convenience_store' }, [later])), now, 21)).not.toThrow();
  });

  it('R26.3: an order that issues on payment is refused without it when placed', () => {
    expect(() => order({ issueOnPayment: true }, [product({ immediatelyUsable: false })])).toThrow(expect.objectContaining({ code: 'USABLE_FROM_REQUIRED' }));
  });

  it('R26.4: a convenience-store order carries at most 8 tickets', () => {
    expect(() => order({ form: 'convenience_store', items: [{ productId: 'product-1', quantity: 9 }] })).toThrow(
      expect.objectContaining({ code: 'TOO_MANY_CONVENIENCE_STORE_TICKETS', details: { max: 8, tickets: 9 } }),
    );
    const eight = order({ form: 'convenience_store', items: [{ productId: 'product-1', quantity: 8 }] });
    expect(() => assertIssuable(paid(eight), now, 21)).not.toThrow();
    expect(() => assertIssuable({ ...paid(eight), items: [{ ...eight.items[0]!, quantity: 9 }] }, now, 21)).toThrow(
      expect.objectContaining({ code: 'TOO_MANY_CONVENIENCE_STORE_TICKETS' }),
    );
  });

  it('only paid or gift-only orders are issued, once', () => {
    expect(() => assertIssuable(order(), now, 21)).toThrow(expect.objectContaining({ code: 'ORDER_NOT_PAID' }));
    const issued = issue(paid(order()), issueContext()).order;
    expect(() => assertIssuable(issued, now, 21)).toThrow(expect.objectContaining({ code: 'ORDER_ALREADY_ISSUED' }));
  });
});

describe('issuing', () => {
  it('makes one ticket per unit bought, copying the product as ordered', () => {
    const { order: issued, tickets, issuedAt } = issue(paid(order()), issueContext());
    expect(issued).toMatchObject({ state: 'issued', issuedAt, ticketIds: ['ticket-1', 'ticket-2'], pickupCode: null });
    expect(tickets).toHaveLength(2);
    expect(tickets[0]).toMatchObject({
      orderId: 'order-1',
      merchantId: 'merchant-a',
      ticketNumber: 'T000000000000001',
      redemptionCode: 'R00000000000000002',
      productName: 'Afternoon tea',
      ticketType: 'pickup_voucher',
      form: 'electronic',
      faceValue: 800,
      holder: null,
      printedAt: null,
      usage: { state: 'unused', at: null },
    });
    expect(captureAmountOf(tickets)).toBe(1600);
  });

  it('gives convenience-store orders a pickup code', () => {
    expect(issue(paid(order({ form: 'convenience_store' })), issueContext()).order.pickupCode).toMatch(/^\d{12}$/);
  });

  it('dates tickets in Taiwan days: usable from the start of the day, through the whole expiry day', () => {
    const fixed = product({ validity: { usableFrom: '2026-04-01', expiry: { kind: 'on_date', date: '2026-04-30' } } });
    const [ticket] = issue(paid(order({}, [fixed])), issueContext()).tickets;
    expect(ticket).toMatchObject({ usableFrom: '2026-03-31T16:00:00.000Z', expiresAt: '2026-04-30T16:00:00.000Z' });
  });

  it('a validity in days counts from the issue day', () => {
    const [ticket] = issue(paid(order()), issueContext({ now: new Date('2026-03-01T20:00:00.000Z') })).tickets;
    expect(ticket?.expiresAt).toBe('2026-04-01T16:00:00.000Z');
  });

  it('gift vouchers take the order’s gift-voucher expiry date, and pay nothing', () => {
    const { tickets } = issue(giftOnly({ giftVoucherExpiresOn: '2026-06-30' }), issueContext());
    expect(tickets[0]).toMatchObject({ expiresAt: '2026-06-30T16:00:00.000Z', guaranteeEndsAt: null });
    expect(captureAmountOf(tickets)).toBe(0);
  });

  it('pickup vouchers carry the end of their guarantee period from the contract at issue', () => {
    const [ticket] = issue(paid(order()), issueContext({ guaranteeDays: 90 })).tickets;
    expect(ticket?.guaranteeEndsAt).toBe(daysLater(now, 90).toISOString());
  });

  it('dates given at issue replace the order’s', () => {
    const dated = withIssuanceDates(giftOnly({ giftVoucherExpiresOn: '2026-06-30' }), { giftVoucherExpiresOn: '2026-07-31', usableFrom: null });
    expect(dated).toMatchObject({ giftVoucherExpiresOn: '2026-07-31', usableFrom: null });
  });

  it('a ticket that could never be used is not issued', () => {
    expect(() => issue(giftOnly({ giftVoucherExpiresOn: '2026-02-28' }), issueContext())).toThrow(expect.objectContaining({ code: 'TICKET_NEVER_USABLE' }));
    const late = product({ immediatelyUsable: false, validity: { usableFrom: null, expiry: { kind: 'on_date', date: '2026-04-30' } } });
    expect(() => issue(paid(order({ usableFrom: '2026-05-01' }, [late])), issueContext())).toThrow(expect.objectContaining({ code: 'TICKET_NEVER_USABLE' }));
  });
});
