import { AccountHarness, newMerchant, newSubAccount, refusalOf, type TestMerchant } from '../support/harness';

const harness = new AccountHarness();
let issuer: TestMerchant;
let store: TestMerchant;

beforeAll(async () => {
  await harness.start();
  issuer = await newMerchant(harness, { name: 'Issuer Co' });
  store = await newMerchant(harness, { name: 'Partner Store' });
  await harness.call('UpdateMerchantSettings', { merchantId: '', customerService: { phone: '02-1111-2222' } }, issuer.ownerToken);
});
afterAll(() => harness.stop());

const redeemable = (productId: string, storeMerchantId = store.merchantId) =>
  harness.services.IsRedeemableStore({ issuerMerchantId: issuer.merchantId, storeMerchantId, productId });

describe('joint tickets', () => {
  it('R18: the issuer marks another merchant as a redeemable store for chosen products', async () => {
    const relation = await harness.call(
      'CreateRedeemableStore',
      { merchantId: '', storeMerchantId: store.merchantId, productIds: ['P-100', 'P-200'] },
      issuer.ownerToken,
    );
    expect(relation).toMatchObject({ issuerMerchantId: issuer.merchantId, storeMerchantId: store.merchantId, storeName: 'Partner Store', status: 'linked', productIds: ['P-100', 'P-200'] });
    await expect(redeemable('P-100')).resolves.toEqual({ allowed: true });
    await expect(redeemable('P-999')).resolves.toEqual({ allowed: false });
    const listed = await harness.call('ListRedeemableStores', { merchantId: '' }, issuer.ownerToken);
    expect(listed.stores.map((entry) => entry.id)).toContain(relation.id);
  });

  it('R19: the store sees the issuer under joint issuers, with its information and the products opened to it', async () => {
    const issuers = await harness.call('ListJointIssuers', { merchantId: '' }, store.ownerToken);
    expect(issuers.issuers).toEqual([
      expect.objectContaining({
        issuerMerchantId: issuer.merchantId,
        issuerName: 'Issuer Co',
        issuerCustomerService: expect.objectContaining({ phone: '02-1111-2222' }),
        productIds: ['P-100', 'P-200'],
      }),
    ]);
    const ownIssuers = await harness.call('ListJointIssuers', { merchantId: '' }, issuer.ownerToken);
    expect(ownIssuers.issuers).toEqual([]);
  });

  it('R18: one linked relation per pair, never with oneself, products in the right format', async () => {
    const again = harness.call('CreateRedeemableStore', { merchantId: '', storeMerchantId: store.merchantId, productIds: ['P-300'] }, issuer.ownerToken);
    expect(await refusalOf(again)).toMatchObject({ category: 'conflict', code: 'RELATION_EXISTS' });
    const self = harness.call('CreateRedeemableStore', { merchantId: '', storeMerchantId: issuer.merchantId, productIds: ['P-1'] }, issuer.ownerToken);
    expect((await refusalOf(self)).code).toBe('SELF_RELATION');
    const malformed = harness.call('CreateRedeemableStore', { merchantId: '', storeMerchantId: store.merchantId, productIds: ['bad id'] }, issuer.ownerToken);
    expect((await refusalOf(malformed)).code).toBe('INVALID_PRODUCT_IDS');
    const nobody = harness.call('CreateRedeemableStore', { merchantId: '', storeMerchantId: 'no-such-merchant', productIds: ['P-1'] }, issuer.ownerToken);
    expect((await refusalOf(nobody)).code).toBe('STORE_NOT_FOUND');
  });

  it('R18: "unlinked" ends the cooperation; the pair can be linked again', async () => {
    const [relation] = (await harness.call('ListRedeemableStores', { merchantId: '' }, issuer.ownerToken)).stores;
    const unlinked = await harness.call('UnlinkRedeemableStore', { merchantId: '', relationId: relation?.id ?? '' }, issuer.ownerToken);
    expect(unlinked).toMatchObject({ status: 'unlinked', unlinkedAt: harness.clock.now().toISOString() });
    await expect(redeemable('P-100')).resolves.toEqual({ allowed: false });
    expect((await harness.call('ListJointIssuers', { merchantId: '' }, store.ownerToken)).issuers).toEqual([]);
    await harness.call('CreateRedeemableStore', { merchantId: '', storeMerchantId: store.merchantId, productIds: ['P-300'] }, issuer.ownerToken);
    await expect(redeemable('P-300')).resolves.toEqual({ allowed: true });
  });

  it('R18: the store cannot unlink or see the issuer\'s relation as its own', async () => {
    const [relation] = (await harness.call('ListRedeemableStores', { merchantId: '' }, issuer.ownerToken)).stores.filter((entry) => entry.status === 'linked');
    expect(await refusalOf(harness.call('UnlinkRedeemableStore', { merchantId: '', relationId: relation?.id ?? '' }, store.ownerToken))).toMatchObject({
      code: 'RELATION_NOT_FOUND',
    });
  });

  it('R18: relations are head office settings: a sub-account needs the settings node', async () => {
    const clerk = await newSubAccount(harness, issuer, ['redeem']);
    const create = harness.call('CreateRedeemableStore', { merchantId: '', storeMerchantId: store.merchantId, productIds: ['P-1'] }, await clerk.token());
    expect((await refusalOf(create)).code).toBe('PERMISSION_REQUIRED');
  });
});
