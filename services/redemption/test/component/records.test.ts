import { disableBranch, newBranch, newStaff } from '../support/accounts';
import { refusalOf } from '../support/grpc';
import { RedemptionHarness, type TestTicket } from '../support/harness';
import { buildWorld, JOINT_PRODUCT, type World } from '../support/world';

const HOUR = 3600 * 1000;

describe('redemption and return records and reports (R21, R22) at the redemption service', () => {
  let harness: RedemptionHarness;
  let world: World;
  const at: Record<string, string> = {};

  const redeem = (ticket: TestTicket, token: string) => harness.redemption.call('RedeemTicket', { redemptionCode: ticket.redemptionCode, qrPayload: '' }, token);
  const list = (token: string, filters: { from?: string; to?: string; branchId?: string; limit?: number; cursor?: string } = {}) =>
    harness.redemption.call(
      'ListRedemptions',
      { from: filters.from ?? '', to: filters.to ?? '', branchId: filters.branchId ?? '', page: { limit: filters.limit ?? 0, cursor: filters.cursor ?? '' } },
      token,
    );
  const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

  beforeAll(async () => {
    harness = await new RedemptionHarness().start();
    world = await buildWorld(harness);
    // One redemption an hour: east, west, head office, east again, and one by the partner store.
    for (const [name, token] of [
      ['east1', world.eastClerk],
      ['west', world.westClerk],
      ['head', world.headOffice],
      ['east2', world.eastClerk],
      ['partner', world.partnerClerk],
    ] as const) {
      const ticket = await harness.issue({ merchantId: world.issuer.merchantId, productId: JOINT_PRODUCT });
      at[name] = (await redeem(ticket, token)).id;
      harness.clock.advance(HOUR);
    }
  });

  afterAll(() => harness.stop());

  it('R21: head office lists every redemption of its merchant, newest first, each with operator account, branch name and code', async () => {
    const page = await list(world.headOffice);
    expect(ids(page.redemptions)).toEqual([at.east2, at.head, at.west, at.east1]);
    expect(page.redemptions[0]?.operator).toMatchObject({ accountName: 'East Clerk', branchName: 'Taipei East', branchCode: world.east.code });
  });

  it('R22.1: reports show a branch-bound operator as branch name and code, head office by its account name', async () => {
    const labels = (await list(world.headOffice)).redemptions.map((record) => record.operator?.label);
    expect(labels).toEqual([`Taipei East (${world.east.code})`, 'Head Office Clerk', `Taipei West (${world.west.code})`, `Taipei East (${world.east.code})`]);
  });

  it('R21: filters by branch', async () => {
    expect(ids((await list(world.headOffice, { branchId: world.east.id })).redemptions)).toEqual([at.east2, at.east1]);
  });

  it('R22.2: a branch-bound clerk sees only its own branch; naming another branch is OUTSIDE_BRANCH', async () => {
    expect(ids((await list(world.westClerk)).redemptions)).toEqual([at.west]);
    expect(await refusalOf(list(world.westClerk, { branchId: world.east.id }))).toMatchObject({ category: 'permission_denied', code: 'OUTSIDE_BRANCH' });
  });

  it('a redeemable store lists the redemptions its own staff made', async () => {
    expect(ids((await list(world.partnerClerk)).redemptions)).toEqual([at.partner]);
    expect((await list(world.strangerClerk)).redemptions).toEqual([]);
  });

  it('filters by a date range [from, to), in any offset', async () => {
    const start = new Date('2026-03-01T02:00:00.000Z').getTime();
    const from = new Date(start + HOUR).toISOString();
    const toInTaipei = new Date(start + 3 * HOUR + 8 * HOUR).toISOString().replace('Z', '+08:00').replace(/\.\d{3}/, '');
    expect(ids((await list(world.headOffice, { from, to: toInTaipei })).redemptions)).toEqual([at.head, at.west]);
    expect(await refusalOf(list(world.headOffice, { from: '2026-03-01' }))).toMatchObject({ code: 'INVALID_TIMESTAMP' });
    expect(await refusalOf(list(world.headOffice, { from, to: from }))).toMatchObject({ code: 'INVALID_TIME_RANGE' });
  });

  it('pages with a cursor, inside the same range', async () => {
    const first = await list(world.headOffice, { limit: 3 });
    const second = await list(world.headOffice, { limit: 3, cursor: first.nextCursor });
    expect(ids(first.redemptions)).toEqual([at.east2, at.head, at.west]);
    expect(ids(second.redemptions)).toEqual([at.east1]);
    expect(second.nextCursor).toBe('');
    expect(await refusalOf(list(world.headOffice, { cursor: 'garbage' }))).toMatchObject({ code: 'INVALID_CURSOR' });
    expect(await refusalOf(list(world.headOffice, { limit: 500 }))).toMatchObject({ code: 'INVALID_PAGE_LIMIT' });
  });

  it('R13: reports need the `reports` node; a clerk of a disabled branch may still read (R23)', async () => {
    const redeemer = await newStaff(harness, world.issuer, { permissions: ['redeem'] });
    expect(await refusalOf(list(redeemer))).toMatchObject({ code: 'PERMISSION_REQUIRED' });
    const north = await newBranch(harness, world.issuer, 'Taipei North');
    const northClerk = await newStaff(harness, world.issuer, { branch: north });
    await disableBranch(harness, world.issuer, north);
    await expect(list(northClerk)).resolves.toMatchObject({ redemptions: [] });
  });

  it('lists returns the same way (R21, R22.2)', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId });
    const returned = await harness.redemption.call('ReturnTicket', { ticketNumber: ticket.ticketNumber, redemptionCode: '', reason: 'duplicate order' }, world.westClerk);
    const listReturns = (token: string) => harness.redemption.call('ListReturns', { from: '', to: '', branchId: '', page: null }, token);

    expect((await listReturns(world.headOffice)).returns.map((record) => [record.id, record.reason, record.operator?.label])).toEqual([
      [returned.id, 'duplicate order', `Taipei West (${world.west.code})`],
    ]);
    expect((await listReturns(world.eastClerk)).returns).toEqual([]);
  });

  it('GetTicketUsage: the state and the records the caller may see (R22.2); other merchants are told it does not exist (R18)', async () => {
    const ticket = await harness.issue({ merchantId: world.issuer.merchantId, redemptionBranchIds: [world.east.id], usableFrom: '2026-03-01T00:00:00+08:00' });
    const first = await redeem(ticket, world.eastClerk);
    await harness.redemption.call('CancelRedemption', { redemptionId: first.id, reason: 'mistake' }, world.eastClerk);
    harness.clock.advance(60_000);
    const second = await redeem(ticket, world.headOffice);
    const byNumber = { ticketId: '', ticketNumber: ticket.ticketNumber, redemptionCode: '' };

    const usage = await harness.redemption.call('GetTicketUsage', byNumber, world.headOffice);
    expect(usage).toMatchObject({
      ticket: { ticketId: ticket.data.ticketId, productName: 'Afternoon tea for two' },
      state: 'USAGE_STATE_REDEEMED',
      stateChangedAt: second.redeemedAt,
      usableFrom: '2026-02-28T16:00:00.000Z',
      expiresAt: '',
      redemptionBranchIds: [world.east.id],
    });
    expect(usage.redemptions.map((record) => [record.id, record.cancellation?.reason ?? null])).toEqual([
      [first.id, 'mistake'],
      [second.id, null],
    ]);
    expect((await harness.redemption.call('GetTicketUsage', byNumber, world.eastClerk)).redemptions.map((record) => record.id)).toEqual([first.id]);
    expect((await harness.redemption.call('GetTicketUsage', byNumber, world.westClerk)).redemptions).toEqual([]);
    expect(await refusalOf(harness.redemption.call('GetTicketUsage', byNumber, world.strangerClerk))).toMatchObject({ code: 'TICKET_NOT_FOUND' });
    expect(await refusalOf(harness.redemption.call('GetTicketUsage', byNumber, world.partnerClerk))).toMatchObject({ code: 'TICKET_NOT_FOUND' });
    expect(await refusalOf(harness.redemption.call('GetTicketUsage', { ...byNumber, ticketNumber: '' }, world.headOffice))).toMatchObject({
      code: 'ONE_TICKET_REFERENCE_REQUIRED',
    });
  });
});
