import { linkRedeemableStore, newBranch, newMerchant, newStaff, type TestBranch, type TestMerchant } from './accounts';
import { RedemptionHarness } from './harness';

/** The product the issuer opened to its partner store (R18). */
export const JOINT_PRODUCT = 'product-joint';

/**
 * Merchants and staff most tests need: an issuer with two branches, a head-office clerk and a
 * clerk at each branch; a partner store linked for JOINT_PRODUCT; a merchant with no relation.
 * Every clerk holds every node this service checks.
 */
export interface World {
  readonly issuer: TestMerchant;
  readonly east: TestBranch;
  readonly west: TestBranch;
  readonly headOffice: string;
  readonly eastClerk: string;
  readonly westClerk: string;
  readonly partner: TestMerchant;
  readonly partnerClerk: string;
  readonly stranger: TestMerchant;
  readonly strangerClerk: string;
}

export async function buildWorld(harness: RedemptionHarness): Promise<World> {
  const issuer = await newMerchant(harness, 'Teahouse');
  const east = await newBranch(harness, issuer, 'Taipei East');
  const west = await newBranch(harness, issuer, 'Taipei West');
  const partner = await newMerchant(harness, 'Partner Cafe');
  const stranger = await newMerchant(harness, 'Unrelated Shop');
  await linkRedeemableStore(harness, issuer, partner, [JOINT_PRODUCT]);
  return {
    issuer,
    east,
    west,
    headOffice: await newStaff(harness, issuer, { name: 'Head Office Clerk' }),
    eastClerk: await newStaff(harness, issuer, { branch: east, name: 'East Clerk' }),
    westClerk: await newStaff(harness, issuer, { branch: west, name: 'West Clerk' }),
    partner,
    partnerClerk: await newStaff(harness, partner, { name: 'Partner Clerk' }),
    stranger,
    strangerClerk: await newStaff(harness, stranger),
  };
}

/** A started harness and its world for the enclosing describe block, stopped after it; `use` receives them once started. */
export function startedWorld(use: (started: { readonly harness: RedemptionHarness; readonly world: World }) => void): void {
  let harness: RedemptionHarness | undefined;
  beforeAll(async () => {
    harness = await new RedemptionHarness().start();
    use({ harness, world: await buildWorld(harness) });
  });
  afterAll(() => harness?.stop());
}
