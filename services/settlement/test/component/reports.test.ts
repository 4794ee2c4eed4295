import { captured, headOffice, newOrder, orderIssued, redeemed, redemptionCancelled, refunded, returned, usageIdOf } from '../support/events';
import { csvObjects } from '../support/csv';
import { SettlementHarness, refusalOf, type TestMerchant } from '../support/harness';

const harness = new SettlementHarness();
let merchant: TestMerchant;
let other: TestMerchant;

const now = () => harness.clock.now();
const as = (token: string) => harness.as(token);

beforeAll(async () => {
  await harness.start();
  [merchant, other] = [await harness.newMerchant(), await harness.newMerchant()];
  await runBusinessMonth();
}, 60_000);
afterAll(() => harness.stop());
afterEach(async () => {
  expect(await harness.invariants()).toMatchObject({ ok: true, violations: [] });
});

/**
 * March 2026 for the merchant: vouchers sold, redeemed at two branches and at head office, one
 * redemption cancelled, returns inside and past the guarantee period, a guarantee expiry, the
 * bank syncs and a payout; another merchant's activity alongside.
 */
async function runBusinessMonth(): Promise<void> {
  const east = { name: 'Amy', branch: merchant.east };
  const west = { name: 'Wes', branch: merchant.west };
  const at = (time: string) => new Date(`2026-03-02T${time}:00+08:00`);
  const order = newOrder(merchant.merchantId, [1000, 800, 600, 400, 300, 0], now(), 10);
  const [a, b, c, d, e, gift] = order.tickets;
  const mistake = redeemed(b!, at('09:20'), west);
  await harness.deliver(...orderIssued(order), captured(order, now()));
  await harness.deliver(redeemed(a!, at('09:10'), east), mistake, returned(c!, at('09:30'), 'card', west), redeemed(gift!, at('09:40'), east));
  await harness.deliver(redemptionCancelled(b!, usageIdOf(mistake), at('09:50')));
  await harness.deliver(redeemed(b!, at('10:00')));
  await harness.at('2026-03-02T22:30:00+08:00');
  await harness.deliver(refunded(c!, now()));
  await harness.at('2026-03-09T10:30:00+08:00'); // payout of the March 2 redemptions
  await harness.at('2026-03-12T10:00:00+08:00'); // guarantee ended on the 12th at 09:00: d and e released
  expect(d!.guaranteeEndsAt).toBe('2026-03-12T01:00:00.000Z');
  await harness.deliver(returned(e!, now(), 'merchant', east));

  const elsewhere = newOrder(other.merchantId, [5000], now());
  await harness.deliver(...orderIssued(elsewhere), captured(elsewhere, now()), redeemed(elsewhere.tickets[0]!, now()));
}

describe('branch reports (R21, R22)', () => {
  it('R21: head office sees every redemption and return, and filters them by branch', async () => {
    const all = await harness.settlement.ListBranchReport({ merchantId: '' }, as(merchant.headOfficeReports));
    expect(all.rows.map((row) => row.usage)).toEqual(['redemption', 'redemption', 'return', 'redemption', 'redemption', 'return']);
    expect(all.rows.filter((row) => row.cancelled)).toHaveLength(1);
    const east = await harness.settlement.ListBranchReport({ merchantId: '', branchId: merchant.east.id }, as(merchant.headOfficeReports));
    expect(east.rows.map((row) => [row.usage, row.faceValue, row.branchCode])).toEqual([
      ['redemption', '1000', 'EAST'],
      ['redemption', '0', 'EAST'],
      ['return', '300', 'EAST'],
    ]);
    const returns = await harness.settlement.ListBranchReport({ merchantId: '', usage: 'return' }, as(merchant.ownerToken));
    expect(returns.rows.map((row) => row.refund)).toEqual(['card', 'merchant']);
  });

  it('R22.1: a branch-bound operator is shown as its branch name and code, head office by its name', async () => {
    const { rows } = await harness.settlement.ListBranchReport({ merchantId: '' }, as(merchant.ownerToken));
    expect(rows.map((row) => row.operator)).toEqual(['Branch EAST (EAST)', 'Branch WEST (WEST)', 'Branch WEST (WEST)', 'Branch EAST (EAST)', 'Head Office Clerk', 'Branch EAST (EAST)']);
  });

  it('R22.2: a branch-bound sub-account sees only its own branch, and is refused another', async () => {
    const own = await harness.settlement.ListBranchReport({ merchantId: '' }, as(merchant.eastReports));
    expect(new Set(own.rows.map((row) => row.branchId))).toEqual(new Set([merchant.east.id]));
    expect(own.rows).toHaveLength(3);
    expect(await refusalOf(harness.settlement.ListBranchReport({ merchantId: '', branchId: merchant.west.id }, as(merchant.eastReports)))).toMatchObject({
      category: 'permission_denied',
      code: 'OUTSIDE_BRANCH',
    });
  });

  it('R22.5: a branch-bound sub-account sees no contract information: no balances, ledger, payouts or reconciliation, and report rows carry no due dates', async () => {
    const token = merchant.eastReports;
    for (const call of [
      harness.settlement.GetBalances({ merchantId: '' }, as(token)),
      harness.settlement.ListLedgerEntries({ merchantId: '' }, as(token)),
      harness.settlement.ListPayouts({ merchantId: '' }, as(token)),
      harness.settlement.ExportReconciliation({ merchantId: '', fromDate: '2026-03-01', toDate: '2026-03-31' }, as(token)),
    ]) {
      expect(await refusalOf(call)).toMatchObject({ category: 'permission_denied', code: 'HEAD_OFFICE_ONLY' });
    }
    const { rows } = await harness.settlement.ListBranchReport({ merchantId: '' }, as(token));
    expect(Object.keys(rows[0] ?? {}).filter((key) => /payout|due|contract|guarantee/i.test(key))).toEqual([]);
  });

  it('R13/R22: reports need the `reports` node and a token; another merchant’s data is not found; operators name the merchant', async () => {
    expect(await refusalOf(harness.settlement.ListBranchReport({ merchantId: '' }, as(merchant.noReports)))).toMatchObject({ code: 'PERMISSION_REQUIRED' });
    expect(await refusalOf(harness.settlement.GetBalances({ merchantId: '' }))).toMatchObject({ category: 'unauthenticated' });
    expect(await refusalOf(harness.settlement.GetBalances({ merchantId: other.merchantId }, as(merchant.ownerToken)))).toMatchObject({ code: 'MERCHANT_NOT_FOUND' });
    expect(await refusalOf(harness.settlement.GetBalances({ merchantId: '' }, as(merchant.operatorToken)))).toMatchObject({ code: 'MERCHANT_ID_REQUIRED' });
    const asOperator = await harness.settlement.GetBalances({ merchantId: other.merchantId }, as(merchant.operatorToken));
    expect(asOperator.accounts.find((row) => row.account === 'merchant_payable')?.balance).toBe('5000');
  });

  it('report ranges: days in Taiwan time, both ends included, and the page cursor walks them', async () => {
    const first = await harness.settlement.ListBranchReport({ merchantId: '', fromDate: '2026-03-02', toDate: '2026-03-02', page: { limit: 2 } }, as(merchant.ownerToken));
    const second = await harness.settlement.ListBranchReport({ merchantId: '', fromDate: '2026-03-02', toDate: '2026-03-02', page: { limit: 2, cursor: first.nextCursor } }, as(merchant.ownerToken));
    const third = await harness.settlement.ListBranchReport({ merchantId: '', fromDate: '2026-03-02', toDate: '2026-03-02', page: { limit: 2, cursor: second.nextCursor } }, as(merchant.ownerToken));
    expect([...first.rows, ...second.rows, ...third.rows]).toHaveLength(5);
    expect(third.nextCursor).toBe('');
    const later = await harness.settlement.ListBranchReport({ merchantId: '', fromDate: '2026-03-03' }, as(merchant.ownerToken));
    expect(later.rows.map((row) => row.refund)).toEqual(['merchant']);
    expect(await refusalOf(harness.settlement.ListBranchReport({ merchantId: '', fromDate: '2026-03-05', toDate: '2026-03-04' }, as(merchant.ownerToken)))).toMatchObject({
      code: 'INVALID_DATE_RANGE',
    });
  });
});

describe('the ledger, payouts and reconciliation', () => {
  const balancesOf = async () =>
    Object.fromEntries((await harness.settlement.GetBalances({ merchantId: '' }, as(merchant.ownerToken))).accounts.map((row) => [row.account, Number(row.balance)]));

  it('balances after the month: R4 escrow empty after the guarantee end, R6/R7 payables paid or due, R11 refund paid and a merchant-settled memo', async () => {
    expect(await balancesOf()).toEqual({ processor_clearing: -2500, escrow: 0, merchant_payable: 700, merchant_paid: 1800, buyer_refund_payable: 0 });
    expect(await harness.settlement.GetBalances({ merchantId: '' }, as(merchant.ownerToken))).toMatchObject({ merchantSettledRefunds: '300', merchantSettledRefundCount: 1 });
    expect(await harness.invariants(merchant.merchantId)).toMatchObject({ ok: true, openPayables: '700', payoutsTotal: '1800', merchantPaidBalance: '1800' });
  });

  it('listLedgerEntries pages through a date range and an account, oldest first', async () => {
    const all = await harness.settlement.ListLedgerEntries({ merchantId: '', page: { limit: 200 } }, as(merchant.ownerToken));
    expect(all.entries.map((entry) => entry.postedAt)).toEqual([...all.entries.map((entry) => entry.postedAt)].sort());
    const pages = [];
    let cursor = '';
    do {
      const page = await harness.settlement.ListLedgerEntries({ merchantId: '', page: { limit: 7, cursor } }, as(merchant.ownerToken));
      pages.push(...page.entries);
      cursor = page.nextCursor;
    } while (cursor !== '');
    expect(pages.map((entry) => entry.entryId)).toEqual(all.entries.map((entry) => entry.entryId));
    const paid = await harness.settlement.ListLedgerEntries({ merchantId: '', account: 'merchant_paid' }, as(merchant.ownerToken));
    expect(paid.entries).toEqual([expect.objectContaining({ kind: 'payout', debit: '1800', credit: '0' })]);
    const march12 = await harness.settlement.ListLedgerEntries({ merchantId: '', fromDate: '2026-03-12', toDate: '2026-03-12' }, as(merchant.ownerToken));
    expect(new Set(march12.entries.map((entry) => entry.kind))).toEqual(new Set(['guarantee_expiry']));
    expect(await refusalOf(harness.settlement.ListLedgerEntries({ merchantId: '', account: 'cash' }, as(merchant.ownerToken)))).toMatchObject({ code: 'UNKNOWN_ACCOUNT' });
  });

  it('exportReconciliation: a CSV of orders, tickets and movements whose sums tie out to the ledger balances', async () => {
    const file = await harness.settlement.ExportReconciliation({ merchantId: '', fromDate: '2026-03-01', toDate: '2026-03-31' }, as(merchant.ownerToken));
    expect(file).toMatchObject({ fileName: `reconciliation-${merchant.merchantId}-2026-03-01-2026-03-31.csv`, contentType: 'text/csv; charset=utf-8' });
    const rows = csvObjects(file.csv);
    const entries = rows.filter((row) => row.record_type === 'entry');
    expect(entries).toHaveLength(file.entryCount);
    const sum = (values: string[]) => values.reduce((total, value) => total + Number(value || 0), 0);
    expect(sum(entries.map((row) => row.debit ?? ''))).toBe(sum(entries.map((row) => row.credit ?? '')));

    const balances = await balancesOf();
    for (const account of Object.keys(balances)) {
      const opening = Number(rows.find((row) => row.record_type === 'opening_balance' && row.account === account)?.balance);
      const closing = Number(rows.find((row) => row.record_type === 'closing_balance' && row.account === account)?.balance);
      const movement = sum(entries.filter((row) => row.account === account).map((row) => row.debit ?? '')) - sum(entries.filter((row) => row.account === account).map((row) => row.credit ?? ''));
      expect({ account, opening, closing }).toEqual({ account, opening: 0, closing: opening + movement });
      expect({ account, closing }).toEqual({ account, closing: balances[account] });
    }
    expect(entries.every((row) => row.order_id !== '' || row.journal_kind === 'payout')).toBe(true);
    expect(entries.find((row) => row.journal_kind === 'escrow_hold' && row.face_value === '1000')).toMatchObject({ product_name: 'Afternoon tea, for two', ticket_number: expect.stringMatching(/^\d{16}$/) });
    expect(rows.filter((row) => row.record_type === 'memo')).toEqual([expect.objectContaining({ face_value: '300', memo: 'merchant_settles_refund', debit: '', credit: '' })]);
    expect(rows.some((row) => row.order_id !== '' && !row.order_id?.startsWith('order-'))).toBe(false);
  });

  it('exportReconciliation of a later part of the month opens with the balances before it and still ties out', async () => {
    const whole = csvObjects((await harness.settlement.ExportReconciliation({ merchantId: '', fromDate: '2026-03-01', toDate: '2026-03-31' }, as(merchant.ownerToken))).csv);
    const part = csvObjects((await harness.settlement.ExportReconciliation({ merchantId: '', fromDate: '2026-03-10', toDate: '2026-03-31' }, as(merchant.ownerToken))).csv);
    const balanceOf = (rows: Record<string, string>[], type: string, account: string) => Number(rows.find((row) => row.record_type === type && row.account === account)?.balance);
    expect(balanceOf(part, 'opening_balance', 'escrow')).toBe(700);
    expect(balanceOf(part, 'closing_balance', 'merchant_payable')).toBe(balanceOf(whole, 'closing_balance', 'merchant_payable'));
    const movement = part.filter((row) => row.record_type === 'entry' && row.account === 'escrow').reduce((total, row) => total + Number(row.debit) - Number(row.credit), 0);
    expect(balanceOf(part, 'opening_balance', 'escrow') + movement).toBe(balanceOf(part, 'closing_balance', 'escrow'));
  });

  it('exportReconciliation needs a valid range of at most 366 days', async () => {
    expect(await refusalOf(harness.settlement.ExportReconciliation({ merchantId: '', fromDate: '2026-03-01', toDate: '' }, as(merchant.ownerToken)))).toMatchObject({ code: 'INVALID_DATE' });
    expect(await refusalOf(harness.settlement.ExportReconciliation({ merchantId: '', fromDate: '2026-01-01', toDate: '2027-01-02' }, as(merchant.ownerToken)))).toMatchObject({
      code: 'INVALID_DATE_RANGE',
    });
  });
});

describe('R18: a redeemable store’s redemptions in the issuer’s report', () => {
  it('names the store whose staff redeemed the issuer’s ticket; the merchant’s own redemptions name none', async () => {
    const order = newOrder(merchant.merchantId, [700, 500], now());
    const [mine, theirs] = order.tickets;
    await harness.deliver(...orderIssued(order), captured(order, now()));
    await harness.deliver(redeemed(mine!, now(), headOffice), redeemed(theirs!, now(), { name: 'Partner Clerk', branch: other.east }, undefined, other.merchantId));

    const { rows } = await harness.settlement.ListBranchReport({ merchantId: '' }, as(merchant.ownerToken));
    const rowOf = (ticketId: string) => rows.find((row) => row.ticketId === ticketId);
    expect(rowOf(mine!.ticketId)).toMatchObject({ redeemedByStoreId: '', redeemedByStoreName: '' });
    expect(rowOf(theirs!.ticketId)).toMatchObject({ redeemedByStoreId: other.merchantId, redeemedByStoreName: expect.stringMatching(/^Merchant \d+$/), branchCode: 'EAST' });
  });
});
