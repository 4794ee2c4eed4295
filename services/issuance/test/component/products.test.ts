import { IssuanceHarness, OPERATOR_PASSWORD, createProduct, giftProduct, newBranch, newMerchant, newSubAccount, pickupProduct, refusalOf, type TestMerchant } from '../support/harness';

const harness = new IssuanceHarness();
let merchant: TestMerchant;

beforeAll(async () => {
  await harness.start();
  merchant = await newMerchant(harness);
});
afterAll(() => harness.stop());

describe('products', () => {
  it('R1, R31: a pickup voucher with its face value, validity and branch lists, listed on creation', async () => {
    const [first, second] = [await newBranch(harness, merchant), await newBranch(harness, merchant)];
    const product = await createProduct(harness, merchant.ownerToken, {
      ...pickupProduct,
      validity: { usableFrom: '2026-04-01', expiresOn: '2026-12-31' },
      redemptionBranchIds: [first, second],
      returnBranchIds: [first],
    });
    expect(product).toMatchObject({
      ticketType: 'TICKET_TYPE_PICKUP_VOUCHER',
      faceValue: 800,
      validity: { usableFrom: '2026-04-01', expiresOn: '2026-12-31', validDays: 0 },
      redemptionBranchIds: [first, second],
      returnBranchIds: [first],
      listed: true,
    });
    await expect(harness.call('GetProduct', { productId: product.id }, merchant.ownerToken)).resolves.toEqual(product);
  });

  it('R1: a pickup voucher has a face value above 0; a gift voucher has none', async () => {
    expect(await refusalOf(createProduct(harness, merchant.ownerToken, { ...pickupProduct, faceValue: 0 }))).toMatchObject({ code: 'INVALID_FIELD', details: { field: 'faceValue' } });
    expect(await refusalOf(createProduct(harness, merchant.ownerToken, { ...giftProduct, faceValue: 100 }))).toMatchObject({ code: 'GIFT_VOUCHER_HAS_NO_FACE_VALUE' });
    await expect(createProduct(harness, merchant.ownerToken, giftProduct)).resolves.toMatchObject({ ticketType: 'TICKET_TYPE_GIFT_VOUCHER', faceValue: 0 });
  });

  it('R1: gift vouchers only for a merchant whose contract enables them', async () => {
    const withoutGifts = await newMerchant(harness, { giftVouchersEnabled: false });
    expect(await refusalOf(createProduct(harness, withoutGifts.ownerToken, giftProduct))).toMatchObject({ category: 'failed_precondition', code: 'GIFT_VOUCHERS_NOT_ENABLED' });
  });

  it('expires on a date or some days after issue, not both', async () => {
    const both = { ...pickupProduct, validity: { expiresOn: '2026-12-31', validDays: 30 } };
    expect(await refusalOf(createProduct(harness, merchant.ownerToken, both))).toMatchObject({ code: 'AMBIGUOUS_EXPIRY' });
    expect(await refusalOf(createProduct(harness, merchant.ownerToken, { ...pickupProduct, validity: { expiresOn: '2026-02-30' } }))).toMatchObject({ code: 'INVALID_DATE' });
  });

  it('R31: branch lists name only the merchant’s own branches', async () => {
    const other = await newMerchant(harness);
    const foreignBranch = await newBranch(harness, other);
    const refusal = await refusalOf(createProduct(harness, merchant.ownerToken, { ...pickupProduct, redemptionBranchIds: [foreignBranch] }));
    expect(refusal).toMatchObject({ category: 'not_found', code: 'BRANCH_NOT_FOUND' });
  });

  it('updates what is given, keeps the rest and the ticket type; delisting hides it from a listed-only list', async () => {
    const product = await createProduct(harness, merchant.ownerToken);
    const updated = await harness.call('UpdateProduct', { productId: product.id, description: 'Now with macarons.', listed: false, returnBranches: { branchIds: [] } }, merchant.ownerToken);
    expect(updated).toMatchObject({ name: product.name, faceValue: 800, description: 'Now with macarons.', listed: false, ticketType: 'TICKET_TYPE_PICKUP_VOUCHER' });
    const listed = await harness.call('ListProducts', { listed: true, page: { limit: 200 } }, merchant.ownerToken);
    expect(listed.products.map((item) => item.id)).not.toContain(product.id);
    const all = await harness.call('ListProducts', { page: { limit: 200 } }, merchant.ownerToken);
    expect(all.products.map((item) => item.id)).toContain(product.id);
  });

  it('lists newest first, a page at a time, filtered by ticket type', async () => {
    const owner = await newMerchant(harness);
    const created = [];
    for (let index = 0; index < 3; index += 1) {
      created.push(await createProduct(harness, owner.ownerToken));
      harness.clock.advance(1000);
    }
    const gift = await createProduct(harness, owner.ownerToken, giftProduct);
    const first = await harness.call('ListProducts', { ticketType: 'TICKET_TYPE_PICKUP_VOUCHER', page: { limit: 2 } }, owner.ownerToken);
    expect(first.products.map((product) => product.id)).toEqual([created[2]?.id, created[1]?.id]);
    const second = await harness.call('ListProducts', { ticketType: 'TICKET_TYPE_PICKUP_VOUCHER', page: { limit: 2, cursor: first.nextCursor } }, owner.ownerToken);
    expect(second).toMatchObject({ products: [{ id: created[0]?.id }], nextCursor: '' });
    const gifts = await harness.call('ListProducts', { ticketType: 'TICKET_TYPE_GIFT_VOUCHER' }, owner.ownerToken);
    expect(gifts.products.map((product) => product.id)).toEqual([gift.id]);
  });
});

describe('access to products', () => {
  it('changes need the products permission; any staff member reads the catalogue', async () => {
    const clerk = await newSubAccount(harness, merchant, ['orders']);
    expect(await refusalOf(createProduct(harness, clerk.token))).toMatchObject({ category: 'permission_denied', code: 'PERMISSION_REQUIRED' });
    const product = await createProduct(harness, merchant.ownerToken);
    expect(await refusalOf(harness.call('UpdateProduct', { productId: product.id, name: 'x' }, clerk.token))).toMatchObject({ code: 'PERMISSION_REQUIRED' });
    await expect(harness.call('GetProduct', { productId: product.id }, clerk.token)).resolves.toMatchObject({ id: product.id });
  });

  it('another merchant’s product is not found, for reading and for changing', async () => {
    const product = await createProduct(harness, merchant.ownerToken);
    const other = await newMerchant(harness);
    expect(await refusalOf(harness.call('GetProduct', { productId: product.id }, other.ownerToken))).toMatchObject({ category: 'not_found', code: 'PRODUCT_NOT_FOUND' });
    expect(await refusalOf(harness.call('UpdateProduct', { productId: product.id, name: 'Mine now' }, other.ownerToken))).toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    expect((await harness.call('ListProducts', {}, other.ownerToken)).products.map((item) => item.id)).not.toContain(product.id);
  });

  it('needs an access token, of a merchant’s account', async () => {
    expect(await refusalOf(harness.call('ListProducts', {}))).toMatchObject({ category: 'unauthenticated', code: 'AUTHENTICATION_REQUIRED' });
    expect(await refusalOf(harness.call('ListProducts', {}, 'not.a.token'))).toMatchObject({ category: 'unauthenticated' });
    const operatorToken = await harness.login('', 'operator', OPERATOR_PASSWORD);
    expect(await refusalOf(harness.call('ListProducts', {}, operatorToken))).toMatchObject({ code: 'MERCHANT_ACCOUNT_REQUIRED' });
  });
});
