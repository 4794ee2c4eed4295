import { addNote, abandonOrder, changeBuyer, isSameRequest, type Order } from '../../src/domain/order';
import { markPrinted, transferTicket } from '../../src/domain/ticket';
import { branchClerk, buyer, draft, giftTerms, issuedTickets, now, order, owner, paid, product } from '../support/fixtures';

const system = { kind: 'system' as const, accountId: null, name: 'system', branch: null };
const itemsAndAmount = (of: Order) => ({ items: of.items, amount: of.amount });

describe('placing an order', () => {
  it('orders with pickup vouchers await payment for their face value; gift vouchers are free', () => {
    const mixed = order({ items: [{ productId: 'product-1', quantity: 2 }, { productId: 'gift', quantity: 1 }] }, [product(), product(giftTerms, 'gift')]);
    expect(mixed).toMatchObject({ state: 'awaiting_payment', amount: 1600, payment: { status: 'pending' } });
  });

  it('R1: an order of gift vouchers only needs no payment', () => {
    expect(order({}, [product(giftTerms)])).toMatchObject({ state: 'created', amount: 0, payment: null });
  });

  it('records the creating branch (R22.2) and the operator (R21)', () => {
    const created = order({}, [product()], branchClerk);
    expect(created.branchId).toBe('branch-1');
    expect(created.history).toEqual([{ at: now.toISOString(), action: 'order.created', actor: { kind: 'staff', accountId: 'clerk-1', name: 'Clerk', branch: branchClerk.branch }, detail: '' }]);
  });

  it('refuses delisted and unknown products', () => {
    expect(() => order({}, [{ ...product(), listed: false }])).toThrow(expect.objectContaining({ code: 'PRODUCT_NOT_LISTED' }));
    expect(() => order({}, [])).toThrow(expect.objectContaining({ code: 'PRODUCT_NOT_FOUND' }));
  });

  it('asks each form for what delivery needs', () => {
    expect(() => order({ buyer: { ...buyer, phone: '' } })).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'buyer.phone' }) }));
    expect(order({ form: 'convenience_store', buyer: { ...buyer, phone: '' } }).buyer.phone).toBe('');
    expect(() => order({ form: 'paper', paperPrinter: null })).toThrow(expect.objectContaining({ code: 'PAPER_PRINTER_REQUIRED' }));
    expect(() => order({ form: 'paper', paperPrinter: 'platform' })).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'buyer.address' }) }));
    expect(order({ form: 'electronic', paperPrinter: 'platform' }).paperPrinter).toBeNull();
  });

  it('says a missing phone or address is required, and what a phone number looks like', () => {
    expect(() => order({ buyer: { ...buyer, phone: ' ' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_FIELD', message: 'buyer.phone is required for electronic tickets.', details: { field: 'buyer.phone' } }),
    );
    expect(() => order({ form: 'paper', paperPrinter: 'platform', buyer: { ...buyer, address: '' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_FIELD', message: 'buyer.address is required for paper tickets the platform prints and posts.' }),
    );
    for (const phone of ['0911', '(02)12345678', '#123', '+', '0912-345-678x']) {
      expect(() => order({ buyer: { ...buyer, phone } })).toThrow(expect.objectContaining({ message: expect.stringContaining('7–32 characters') }));
    }
    for (const phone of ['0912345678', '+886 912-345-678', '02 1234 5678']) {
      expect(order({ buyer: { ...buyer, phone } }).buyer.phone).toBe(phone);
    }
  });

  it('a gift-only order has no payment to issue on', () => {
    expect(() => order({ issueOnPayment: true }, [product(giftTerms)])).toThrow(expect.objectContaining({ code: 'NOTHING_TO_PAY' }));
  });

  it('a repeated request is the same only when it asks for the same thing', () => {
    const placed = order();
    expect(isSameRequest(placed, draft())).toBe(true);
    expect(isSameRequest(placed, draft({ items: [{ productId: 'product-1', quantity: 3 }] }))).toBe(false);
    expect(isSameRequest(placed, draft({ form: 'paper', paperPrinter: 'merchant' }))).toBe(false);
  });
});

describe('R9: abandoning', () => {
  it('voids a paid order not yet issued', () => {
    const abandoned = abandonOrder(paid(order()), 'abandoned', system, now);
    expect(abandoned).toMatchObject({ state: 'voided', abandonment: { reason: 'abandoned', at: now.toISOString() } });
  });

  it('abandons an order never paid, gift-only ones included', () => {
    for (const unpaid of [order(), order({}, [product(giftTerms)])]) {
      expect(abandonOrder(unpaid, 'abandoned', system, now)).toMatchObject({ state: 'voided', abandonment: { reason: 'abandoned' } });
    }
  });

  it('refuses issued and voided orders', () => {
    const voided = abandonOrder(paid(order()), 'abandoned', system, now);
    const issued = { ...paid(order()), state: 'issued' as const };
    for (const refused of [issued, voided]) {
      expect(() => abandonOrder(refused, 'abandoned', system, now)).toThrow(expect.objectContaining({ code: 'ORDER_NOT_ABANDONABLE' }));
    }
  });
});

describe('R27: changing the buyer', () => {
  const newBuyer = { name: 'Wang Fang', email: 'fang@example.com', phone: '0987654321', address: '' };

  it('is allowed while no ticket was transferred or printed, and closes the old wallet link (buyer version)', () => {
    const issued = paid(order());
    const changed = changeBuyer(issued, newBuyer, issuedTickets(issued), owner, now);
    expect(changed).toMatchObject({ buyer: newBuyer, buyerVersion: issued.buyerVersion + 1 });
  });

  it('is refused once an electronic ticket was transferred', () => {
    const issued = paid(order());
    const [first, second] = issuedTickets(issued);
    if (!first || !second) throw new Error('no tickets');
    const transferred = transferTicket(first, { name: 'Chen', email: 'chen@example.com', phone: '' }, now, 'NEWCODE0000000000A');
    expect(() => changeBuyer(issued, newBuyer, [transferred, second], owner, now)).toThrow(expect.objectContaining({ code: 'BUYER_LOCKED_BY_TRANSFER' }));
  });

  it('is refused once a convenience-store or paper ticket was printed', () => {
    for (const form of ['convenience_store', 'paper'] as const) {
      const issued = paid(order({ form, paperPrinter: 'merchant' }));
      const [first] = issuedTickets(issued);
      if (!first) throw new Error('no ticket');
      const printed = markPrinted(first, system, now);
      expect(() => changeBuyer(issued, newBuyer, [printed], owner, now)).toThrow(expect.objectContaining({ code: 'BUYER_LOCKED_BY_PRINTING' }));
    }
  });

  it('is refused for a voided order', () => {
    const voided = abandonOrder(paid(order()), 'abandoned', system, now);
    expect(() => changeBuyer(voided, newBuyer, [], owner, now)).toThrow(expect.objectContaining({ code: 'ORDER_VOIDED' }));
  });
});

describe('R8: once paid, items and amount never change', () => {
  it('neither a buyer change, a note nor abandonment touches them', () => {
    const paidOrder = paid(order());
    const changed = changeBuyer(paidOrder, { ...buyer, name: 'Someone else' }, [], owner, now);
    const noted = addNote(paidOrder, { id: 'n1', text: 'hello', ticketId: null }, owner, now).order;
    const abandoned = abandonOrder(paidOrder, 'abandoned', system, now);
    for (const after of [changed, noted, abandoned]) expect(itemsAndAmount(after)).toEqual(itemsAndAmount(paidOrder));
  });
});

describe('R32: notes', () => {
  it('are kept with their author, on the order or one of its tickets', () => {
    const issued = { ...paid(order()), ticketIds: ['t1'] };
    const { order: noted, note } = addNote(issued, { id: 'n1', text: ' reprinted ', ticketId: 't1' }, branchClerk, now);
    expect(note).toEqual({ id: 'n1', text: 'reprinted', ticketId: 't1', author: expect.objectContaining({ accountId: 'clerk-1', branch: branchClerk.branch }), at: now.toISOString() });
    expect(noted.notes).toEqual([note]);
    expect(() => addNote(issued, { id: 'n2', text: 'x', ticketId: 'other' }, owner, now)).toThrow(expect.objectContaining({ code: 'TICKET_NOT_FOUND' }));
    expect(() => addNote(issued, { id: 'n3', text: '', ticketId: null }, owner, now)).toThrow(expect.objectContaining({ code: 'INVALID_FIELD' }));
  });
});
