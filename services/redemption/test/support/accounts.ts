import type { RedemptionHarness } from './harness';
import { OPERATOR_PASSWORD } from './harness';

const PASSWORD = 'a-long-enough-password';

/** Every node this service checks. */
export const ALL_NODES = ['redeem', 'return', 'cancel_redemption', 'cancel_return', 'reports'];

export interface TestBranch {
  readonly id: string;
  readonly name: string;
  readonly code: string;
}

export interface TestMerchant {
  readonly merchantId: string;
  readonly ownerToken: string;
}

let counter = 0;
const next = () => (counter += 1);

async function login(harness: RedemptionHarness, merchantId: string, username: string, password = PASSWORD): Promise<string> {
  return (await harness.account.call('Login', { merchantId, username, password, clientAddress: '' })).accessToken;
}

export async function newMerchant(harness: RedemptionHarness, name: string): Promise<TestMerchant> {
  const ownerUsername = `owner${next()}`;
  const operatorToken = await login(harness, '', 'operator', OPERATOR_PASSWORD);
  const merchant = await harness.account.call(
    'CreateMerchant',
    {
      name,
      contract: { payoutDays: 7, guaranteeDays: 365, giftVouchersEnabled: true, smsServiceEnabled: false },
      ownerUsername,
      ownerPassword: PASSWORD,
      storeWebsiteUrl: 'https://shop.example',
    },
    operatorToken,
  );
  return { merchantId: merchant.id, ownerToken: await login(harness, merchant.id, ownerUsername) };
}

export async function newBranch(harness: RedemptionHarness, merchant: TestMerchant, name: string): Promise<TestBranch> {
  const code = `B${next()}`;
  const branch = await harness.account.call('CreateBranch', { merchantId: '', name, code, address: '' }, merchant.ownerToken);
  return { id: branch.id, name, code };
}

/** A sub-account logged in: its access token. `branch` null: head office. */
export async function newStaff(
  harness: RedemptionHarness,
  merchant: TestMerchant,
  options: { readonly branch?: TestBranch | null; readonly permissions?: readonly string[]; readonly name?: string } = {},
): Promise<string> {
  const username = `clerk${next()}`;
  await harness.account.call(
    'CreateSubAccount',
    {
      merchantId: '',
      username,
      displayName: options.name ?? `Clerk ${username}`,
      password: PASSWORD,
      permissions: [...(options.permissions ?? ALL_NODES)],
      branchId: options.branch?.id ?? '',
    },
    merchant.ownerToken,
  );
  return login(harness, merchant.merchantId, username);
}

/** R18: the issuer makes the store a redeemable store of these products. */
export async function linkRedeemableStore(harness: RedemptionHarness, issuer: TestMerchant, store: TestMerchant, productIds: readonly string[]): Promise<void> {
  await harness.account.call('CreateRedeemableStore', { merchantId: '', storeMerchantId: store.merchantId, productIds: [...productIds] }, issuer.ownerToken);
}

export async function disableBranch(harness: RedemptionHarness, merchant: TestMerchant, branch: TestBranch): Promise<void> {
  await harness.account.call('DisableBranch', { merchantId: '', branchId: branch.id }, merchant.ownerToken);
}
