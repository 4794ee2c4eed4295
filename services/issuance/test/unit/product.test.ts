import { editProduct, newProduct, snapshotOf } from '../../src/domain/product';
import { giftTerms, now, pickupTerms, product } from '../support/fixtures';

const actor = { kind: 'system' as const, accountId: null, name: 'system', branch: null };
const input = { id: 'p1', merchantId: 'm1', terms: pickupTerms, giftVouchersEnabled: false, actor, now };

describe('products', () => {
  it('R1: a pickup voucher is sold for a face value above 0', () => {
    expect(newProduct(input)).toMatchObject({ ticketType: 'pickup_voucher', faceValue: 800, listed: true });
    expect(() => newProduct({ ...input, terms: { ...pickupTerms, faceValue: 0 } })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD' }));
    expect(() => newProduct({ ...input, terms: { ...pickupTerms, faceValue: 10.5 } })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD' }));
  });

  it('R1: a gift voucher is free, and only for merchants whose contract enables gift vouchers', () => {
    expect(() => newProduct({ ...input, terms: giftTerms })).toThrow(expect.objectContaining({ code: 'GIFT_VOUCHERS_NOT_ENABLED' }));
    expect(newProduct({ ...input, terms: giftTerms, giftVouchersEnabled: true })).toMatchObject({ ticketType: 'gift_voucher', faceValue: 0 });
    expect(() => newProduct({ ...input, terms: { ...giftTerms, faceValue: 100 }, giftVouchersEnabled: true })).toThrow(
      expect.objectContaining({ code: 'GIFT_VOUCHER_HAS_NO_FACE_VALUE' }),
    );
  });

  it('an expiry date cannot come before the usable-from date', () => {
    const validity = { usableFrom: '2026-05-01', expiry: { kind: 'on_date' as const, date: '2026-04-30' } };
    expect(() => newProduct({ ...input, terms: { ...pickupTerms, validity } })).toThrow(expect.objectContaining({ code: 'EXPIRY_BEFORE_USABLE_FROM' }));
  });

  it('R31: branch lists are kept without duplicates', () => {
    const created = newProduct({ ...input, terms: { ...pickupTerms, redemptionBranchIds: ['b1', 'b1', 'b2'], returnBranchIds: ['b2'] } });
    expect(created).toMatchObject({ redemptionBranchIds: ['b1', 'b2'], returnBranchIds: ['b2'] });
  });

  it('an edit changes what it names, never the ticket type, and is recorded', () => {
    const later = new Date(now.getTime() + 1000);
    const edited = editProduct(product(), { name: 'High tea', listed: false }, actor, later);
    expect(edited).toMatchObject({ name: 'High tea', faceValue: 800, listed: false, ticketType: 'pickup_voucher', updatedAt: later.toISOString() });
    expect(edited.history.map((entry) => entry.action)).toEqual(['product.created', 'product.updated']);
  });

  it('orders copy the terms, not the listing state', () => {
    expect(snapshotOf(product())).toEqual({ productId: 'product-1', ...pickupTerms });
  });
});
