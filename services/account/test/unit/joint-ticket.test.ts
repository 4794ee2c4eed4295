import { allowsRedemption, newRelation, unlinkRelation } from '../../src/domain/joint-ticket';
import { now } from '../support/actors';

const relation = () => newRelation({ id: 'r1', issuerMerchantId: 'issuer', storeMerchantId: 'store', productIds: ['P-1', 'P-2', 'P-1'], now });

describe('joint tickets', () => {
  it('R18: the issuer opens chosen products to a redeemable store', () => {
    expect(relation()).toMatchObject({ status: 'linked', productIds: ['P-1', 'P-2'], activeKey: 'issuer>store' });
    expect(allowsRedemption('issuer', 'store', 'P-1', relation())).toBe(true);
    expect(allowsRedemption('issuer', 'store', 'P-9', relation())).toBe(false);
    expect(allowsRedemption('issuer', 'other', 'P-1', null)).toBe(false);
    expect(allowsRedemption('issuer', 'issuer', 'P-9', null)).toBe(true);
  });

  it('R18: a merchant is not its own redeemable store; product ids are validated', () => {
    expect(() => newRelation({ id: 'r', issuerMerchantId: 'm', storeMerchantId: 'm', productIds: ['P'], now })).toThrow(
      expect.objectContaining({ code: 'SELF_RELATION' }),
    );
    expect(() => newRelation({ id: 'r', issuerMerchantId: 'm', storeMerchantId: 's', productIds: [], now })).toThrow(
      expect.objectContaining({ code: 'INVALID_PRODUCT_IDS' }),
    );
    expect(() => newRelation({ id: 'r', issuerMerchantId: 'm', storeMerchantId: 's', productIds: ['../etc'], now })).toThrow(
      expect.objectContaining({ code: 'INVALID_PRODUCT_IDS' }),
    );
  });

  it('R18: "unlinked" ends the cooperation and frees the pair for a new relation', () => {
    const unlinked = unlinkRelation(relation(), now);
    expect(unlinked).toMatchObject({ status: 'unlinked', unlinkedAt: now.toISOString(), activeKey: 'unlinked:r1' });
    expect(allowsRedemption('issuer', 'store', 'P-1', unlinked)).toBe(false);
    expect(() => unlinkRelation(unlinked, now)).toThrow(expect.objectContaining({ code: 'RELATION_ALREADY_UNLINKED' }));
  });
});
