import { AccountHarness, PASSWORD, contract, newMerchant, newSubAccount, refusalOf, type TestMerchant } from '../support/harness';

const harness = new AccountHarness();
let operatorToken: string;
let merchant: TestMerchant;

beforeAll(async () => {
  await harness.start();
  operatorToken = await harness.operatorToken();
  merchant = await newMerchant(harness);
});
afterAll(() => harness.stop());

describe('merchants', () => {
  it('operators create merchants with contract terms, an owner and the store website', async () => {
    const created = await harness.call(
      'CreateMerchant',
      { name: 'Tea House', contract, ownerUsername: 'tea-owner', ownerPassword: PASSWORD, storeWebsiteUrl: 'https://tea.example' },
      operatorToken,
    );
    expect(created).toMatchObject({
      name: 'Tea House',
      contract,
      contractVisible: true,
      ownerUsername: 'tea-owner',
      settings: { smsEnabled: false, customerService: { storeWebsiteUrl: 'https://tea.example' } },
    });
    await expect(harness.login(created.id, 'tea-owner')).resolves.toEqual(expect.any(String));
    const listed = await harness.call('ListMerchants', { page: { limit: 200 } }, operatorToken);
    expect(listed.merchants.map((listedMerchant) => listedMerchant.id)).toContain(created.id);
  });

  it('refuses a merchant without contract terms or with terms out of bounds', async () => {
    const base = { name: 'X', ownerUsername: 'x-owner', ownerPassword: PASSWORD, storeWebsiteUrl: '' };
    expect((await refusalOf(harness.call('CreateMerchant', base, operatorToken))).code).toBe('CONTRACT_REQUIRED');
    expect((await refusalOf(harness.call('CreateMerchant', { ...base, contract: { ...contract, guaranteeDays: 0 } }, operatorToken))).code).toBe('INVALID_FIELD');
  });

  it('only operators create, list and contract merchants', async () => {
    const create = harness.call(
      'CreateMerchant',
      { name: 'Mine', contract, ownerUsername: 'mine', ownerPassword: PASSWORD, storeWebsiteUrl: '' },
      merchant.ownerToken,
    );
    expect(await refusalOf(create)).toMatchObject({ category: 'permission_denied', code: 'OPERATOR_ONLY' });
    expect((await refusalOf(harness.call('ListMerchants', {}, merchant.ownerToken))).code).toBe('OPERATOR_ONLY');
    const contractChange = harness.call('UpdateMerchantContract', { merchantId: '', contract: { ...contract, payoutDays: 0 } }, merchant.ownerToken);
    expect((await refusalOf(contractChange)).code).toBe('OPERATOR_ONLY');
    const changed = await harness.call('UpdateMerchantContract', { merchantId: merchant.merchantId, contract: { ...contract, payoutDays: 3 } }, operatorToken);
    expect(changed.contract?.payoutDays).toBe(3);
  });

  it('R15: every merchant gets its own unguessable order lookup link', async () => {
    const other = await newMerchant(harness);
    const first = await harness.call('GetMerchant', { merchantId: '' }, merchant.ownerToken);
    const second = await harness.call('GetMerchant', { merchantId: '' }, other.ownerToken);
    expect(first.settings?.orderLookupUrl).toMatch(/^\/lookup\/[A-Za-z0-9_-]{32}$/);
    expect(first.settings?.orderLookupUrl).not.toBe(second.settings?.orderLookupUrl);
    expect(first.settings?.orderLookupUrl).not.toContain(merchant.merchantId);
  });

  it('R15: the token of a lookup link names its merchant to other services; any other token is ORDER_LOOKUP_NOT_FOUND', async () => {
    const { settings } = await harness.call('GetMerchant', { merchantId: '' }, merchant.ownerToken);
    const lookupToken = settings?.orderLookupUrl.split('/').pop() ?? '';
    await expect(harness.services.ResolveOrderLookup({ lookupToken })).resolves.toMatchObject({ merchantId: merchant.merchantId });
    for (const unknown of ['', `${lookupToken}x`, merchant.merchantId]) {
      expect(await refusalOf(harness.services.ResolveOrderLookup({ lookupToken: unknown }))).toMatchObject({ category: 'not_found', code: 'ORDER_LOOKUP_NOT_FOUND' });
    }
  });

  it('R16: the SMS switch works only with the contracted SMS service; the terms tell other services the effective value', async () => {
    const withSms = await newMerchant(harness, { smsServiceEnabled: true });
    await expect(harness.services.GetMerchantTerms({ merchantId: withSms.merchantId })).resolves.toMatchObject({ smsEnabled: false });
    await harness.call('UpdateMerchantSettings', { merchantId: '', smsEnabled: true }, withSms.ownerToken);
    await expect(harness.services.GetMerchantTerms({ merchantId: withSms.merchantId })).resolves.toMatchObject({
      smsEnabled: true,
      payoutDays: 7,
      guaranteeDays: 365,
      giftVouchersEnabled: true,
    });
    await harness.call('UpdateMerchantContract', { merchantId: withSms.merchantId, contract: { ...contract, smsServiceEnabled: false } }, operatorToken);
    await expect(harness.services.GetMerchantTerms({ merchantId: withSms.merchantId })).resolves.toMatchObject({ smsEnabled: false });

    const withoutSms = await newMerchant(harness, { smsServiceEnabled: false });
    expect(await refusalOf(harness.call('UpdateMerchantSettings', { merchantId: '', smsEnabled: true }, withoutSms.ownerToken))).toMatchObject({
      category: 'failed_precondition',
      code: 'SMS_SERVICE_NOT_CONTRACTED',
    });
  });

  it('R17: the merchant edits its customer-service information, shown to other services for the tickets', async () => {
    const updated = await harness.call(
      'UpdateMerchantSettings',
      { merchantId: '', customerService: { phone: '02-2345-6789', email: 'service@shop.example', hours: 'Mon-Fri 9-18' } },
      merchant.ownerToken,
    );
    expect(updated.settings?.customerService).toMatchObject({ phone: '02-2345-6789', email: 'service@shop.example', hours: 'Mon-Fri 9-18', address: '' });
    await expect(harness.services.GetMerchantTerms({ merchantId: merchant.merchantId })).resolves.toMatchObject({
      customerService: { phone: '02-2345-6789', storeWebsiteUrl: 'https://shop.example' },
    });
    const partial = await harness.call('UpdateMerchantSettings', { merchantId: '', customerService: { address: 'No. 7, Taipei' } }, merchant.ownerToken);
    expect(partial.settings?.customerService).toMatchObject({ phone: '02-2345-6789', address: 'No. 7, Taipei' });
  });

  it('R17: a merchant trying to change the store-website URL gets a clear refusal; operators may', async () => {
    const attempt = harness.call('UpdateMerchantSettings', { merchantId: '', customerService: { storeWebsiteUrl: 'https://mine.example' } }, merchant.ownerToken);
    expect(await refusalOf(attempt)).toMatchObject({ category: 'permission_denied', code: 'STORE_WEBSITE_URL_OPERATOR_ONLY' });
    const byOperator = await harness.call(
      'UpdateMerchantSettings',
      { merchantId: merchant.merchantId, customerService: { storeWebsiteUrl: 'https://new.example' } },
      operatorToken,
    );
    expect(byOperator.settings?.customerService?.storeWebsiteUrl).toBe('https://new.example');
  });

  it('settings need the settings node and head office', async () => {
    const clerk = await newSubAccount(harness, merchant, ['redeem']);
    expect((await refusalOf(harness.call('UpdateMerchantSettings', { merchantId: '', smsEnabled: false }, await clerk.token()))).code).toBe('PERMISSION_REQUIRED');
    const settingsClerk = await newSubAccount(harness, merchant, ['settings']);
    await expect(harness.call('UpdateMerchantSettings', { merchantId: '', customerService: { hours: '24h' } }, await settingsClerk.token())).resolves.toBeDefined();
  });
});
