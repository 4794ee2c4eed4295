/**
 * The settlement routes over HTTP, in front of the whole platform in this process on a manual
 * clock (issue 5): balances, ledger and payouts for head office only (R22.5), the branch report
 * (R21, R22), the reconciliation CSV, and the bank sync that makes usages final (R30) and lets
 * the payout run (R6). T13 afterwards.
 */
import { ManualClock } from '@ecticket/platform';
import { onboardMerchant, startPlatform, type ApiClient, type ApiResponse, type RunningPlatform } from '../../../tests/support/api';
import { waitFor } from '../../../tests/support/wait';
import { newBranch, staffMember, TicketDesk, type Branch, type DeskTicket } from './support/ticket-desk';

interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

interface Balances {
  readonly accounts: { account: string; balance: number }[];
}

interface LedgerEntry {
  readonly kind: string;
  readonly account: string;
  readonly debit: number;
  readonly credit: number;
  readonly ticketId: string | null;
}

interface ReportRow {
  readonly usageId: string;
  readonly usage: string;
  readonly ticketId: string;
  readonly operator: string;
  readonly branch: { id: string } | null;
  readonly refund: string | null;
  readonly syncedToBank: boolean;
}

/** 21:55 in Taipei: the day's bank sync (22:00) is five minutes away, the payout time (10:00) passed. */
const start = '2026-03-02T13:55:00.000Z';
const today = '2026-03-02';
const csvColumns = ['record_type', 'date', 'posted_at', 'account', 'debit', 'credit', 'balance', 'journal_id', 'journal_kind', 'reverses_journal_id', 'order_id', 'ticket_id', 'ticket_number', 'product_name', 'face_value', 'usage_id', 'payout_id', 'memo'];

function expectProblem(answer: ApiResponse, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body.code }).toEqual({ status, code });
  expect(answer.contentType).toContain('application/problem+json');
}

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes inside. */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    records.at(-1)!.push(field);
    field = '';
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      endField();
    } else if (!quoted && char === '\r' && text[index + 1] === '\n') {
      endField();
      records.push([]);
      index += 1;
    } else {
      field += char;
    }
  }
  if (field !== '') endField();
  const [header, ...rows] = records.filter((record) => record.length > 0);
  return rows.map((row) => Object.fromEntries(header!.map((column, index) => [column, row[index] ?? ''])));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('the settlement routes, in front of the real platform', () => {
  const clock = new ManualClock(start);
  let running: RunningPlatform;
  let desk: TicketDesk;
  let merchantId: string;
  let owner: ApiClient;
  let main: Branch;
  let harbour: Branch;
  let mainClerk: ApiClient;
  let redeemed: DeskTicket;
  let returned: DeskTicket;
  let redemptionId: string;
  let returnId: string;

  const balanceOf = (balances: Balances, account: string) => balances.accounts.find((entry) => entry.account === account)?.balance;
  const report = (as: ApiClient, query = '') => as.ok<Page<ReportRow>>('GET', `/v1/branch-report?limit=200${query}`);

  beforeAll(async () => {
    running = await startPlatform({ clock });
    desk = new TicketDesk(running, clock);
    ({ merchantId, owner } = await onboardMerchant(await running.operator(), { payoutDays: 0 }));
    main = await newBranch(owner, 'Main street', 'MAIN');
    harbour = await newBranch(owner, 'Harbour', 'HARBOUR');
    mainClerk = await staffMember(running, merchantId, owner, { permissions: ['redeem', 'cancel_redemption', 'reports'], branchId: main.id });

    redeemed = await desk.pickupVoucher(merchantId, owner, { faceValue: 500 });
    returned = await desk.pickupVoucher(merchantId, owner, { faceValue: 300 });
    await desk.pickupVoucher(merchantId, owner, { faceValue: 200 });
    ({ id: redemptionId } = await mainClerk.ok<{ id: string }>('POST', '/v1/redemptions', { redemptionCode: redeemed.redemptionCode }));
    ({ id: returnId } = await owner.ok<{ id: string }>('POST', '/v1/returns', { ticketNumber: returned.ticketNumber, reason: 'The buyer changed their mind' }));
    await waitFor(async () => (balanceOf(await owner.ok<Balances>('GET', '/v1/balances'), 'escrow') === 200 ? true : undefined), 10_000, 'escrow of the unused voucher only');
  });
  afterAll(() => running?.stop());

  it('getBalances: escrow holds the unused voucher (R4), the redeemed one is payable (R6), the returned one owed to the buyer (R11); they sum to zero', async () => {
    const balances = await owner.ok<Balances>('GET', '/v1/balances');
    expect(balances.accounts).toEqual([
      { account: 'processor_clearing', balance: -1000 },
      { account: 'escrow', balance: 200 },
      { account: 'merchant_payable', balance: 500 },
      { account: 'merchant_paid', balance: 0 },
      { account: 'buyer_refund_payable', balance: 300 },
    ]);
    expect(balances).toMatchObject({ merchantSettledRefunds: 0, merchantSettledRefundCount: 0, asOf: start });
  });

  it('listLedgerEntries: balanced journals, filterable by account and day', async () => {
    const { items } = await owner.ok<Page<LedgerEntry>>('GET', '/v1/ledger-entries?limit=200');
    expect(sum(items.map((entry) => entry.debit))).toBe(sum(items.map((entry) => entry.credit)));
    expect(new Set(items.map((entry) => entry.kind))).toEqual(new Set(['escrow_hold', 'redemption', 'return_refund']));
    const escrow = await owner.ok<Page<LedgerEntry>>('GET', `/v1/ledger-entries?account=escrow&from=${today}&to=${today}`);
    expect(escrow.items.length).toBeGreaterThan(0);
    expect(escrow.items.every((entry) => entry.account === 'escrow')).toBe(true);
    expect((await owner.ok<Page<LedgerEntry>>('GET', '/v1/ledger-entries?from=2026-03-03')).items).toEqual([]);
  });

  it.each([
    ['a day that does not exist', '/v1/ledger-entries?from=2026-02-30', 'INVALID_DATE'],
    ['a range that ends before it starts', '/v1/payouts?from=2026-03-02&to=2026-03-01', 'INVALID_DATE_RANGE'],
    ['a day in another format', '/v1/ledger-entries?from=2026-3-2', 'VALIDATION_FAILED'],
    ['an unknown account', '/v1/ledger-entries?account=petty_cash', 'VALIDATION_FAILED'],
    ['an export without its range', '/v1/reconciliation-export?from=2026-03-01', 'VALIDATION_FAILED'],
  ])('refuses %s 400', async (_case, path, code) => {
    expectProblem(await owner.request('GET', path), 400, code);
  });

  it.each(['/v1/balances', '/v1/ledger-entries', '/v1/payouts', `/v1/reconciliation-export?from=${today}&to=${today}`])(
    'R22.2, R22.5: refuses a branch-bound sub-account the merchant-wide money of %s 403 HEAD_OFFICE_ONLY',
    async (path) => {
      expectProblem(await mainClerk.request('GET', path), 403, 'HEAD_OFFICE_ONLY');
    },
  );

  it('listBranchReport: head office sees every branch, each operator as reports show them (R21, R22.1)', async () => {
    const { items } = await report(owner);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ usageId: redemptionId, usage: 'redemption', ticketId: redeemed.ticketId, operator: 'Main street (MAIN)', branch: expect.objectContaining({ id: main.id }), refund: null }),
        expect.objectContaining({ usageId: returnId, usage: 'return', ticketId: returned.ticketId, branch: null, refund: 'card' }),
      ]),
    );
    expect((await report(owner, '&usage=return')).items.map((row) => row.usageId)).toEqual([returnId]);
    expect((await report(owner, `&branchId=${harbour.id}`)).items).toEqual([]);
  });

  it("listBranchReport: a branch-bound sub-account sees its own branch's rows only (R22.2)", async () => {
    expect((await report(mainClerk)).items.map((row) => row.usageId)).toEqual([redemptionId]);
    expectProblem(await mainClerk.request('GET', `/v1/branch-report?branchId=${harbour.id}`), 403, 'OUTSIDE_BRANCH');
  });

  it('exportReconciliation: a CSV attachment that parses and ties out to the ledger', async () => {
    const response = await fetch(`${running.platform.gateway.url}/v1/reconciliation-export?from=${today}&to=${today}`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="reconciliation-${merchantId}-${today}-${today}.csv"`);
    const text = await response.text();
    // Text fields are quoted, so no separator inside one can start a cell of its own in a spreadsheet.
    expect(text.split('\r\n')[0]).toBe(csvColumns.map((column) => `"${column}"`).join(','));

    const rows = parseCsv(text);
    const entries = rows.filter((row) => row.record_type === 'entry');
    expect(entries.length).toBeGreaterThan(0);
    expect(sum(entries.map((row) => Number(row.debit)))).toBe(sum(entries.map((row) => Number(row.credit))));
    const closing = rows.filter((row) => row.record_type === 'closing_balance');
    expect(sum(closing.map((row) => Number(row.balance)))).toBe(0);
    expect(closing.find((row) => row.account === 'escrow')?.balance).toBe('200');
    expect(entries.filter((row) => row.ticket_id === redeemed.ticketId).map((row) => row.ticket_number)).toContain(redeemed.ticketNumber);
  });

  describe('after the bank sync', () => {
    beforeAll(async () => {
      clock.set('2026-03-02T14:01:00.000Z');
      await running.platform.services.get('settlement')!.scheduler.runDueJobs();
    });

    it('R30: refuses to cancel a synced redemption or return 422 ALREADY_SYNCED_TO_BANK', async () => {
      await waitFor(async () => ((await report(owner)).items.every((row) => row.syncedToBank) ? true : undefined), 10_000, 'the usages synced');
      expectProblem(await mainClerk.request('POST', `/v1/redemptions/${redemptionId}/cancel`, { reason: 'Too late' }), 422, 'ALREADY_SYNCED_TO_BANK');
      expectProblem(await owner.request('POST', `/v1/returns/${returnId}/cancel`, { reason: 'Too late' }), 422, 'ALREADY_SYNCED_TO_BANK');
    });

    it('listPayouts: the final payable, due after 0 payout days, paid out in one payout (R6)', async () => {
      const { items } = await waitFor(async () => {
        const payouts = await owner.ok<Page<{ amount: number }>>('GET', '/v1/payouts');
        return payouts.items.length > 0 ? payouts : undefined;
      });
      expect(items).toEqual([expect.objectContaining({ payoutDate: today, amount: 500, payableCount: 1 })]);
      const balances = await owner.ok<Balances>('GET', '/v1/balances');
      expect([balanceOf(balances, 'merchant_payable'), balanceOf(balances, 'merchant_paid')]).toEqual([0, 500]);
    });

    it('T13: the ledger sums to zero and escrow holds the face value of the unredeemed, unreturned pickup vouchers', async () => {
      expect(await desk.settledLedger(merchantId, owner)).toMatchObject({ ok: true, violations: [], ledgerSum: '0', unbalancedJournalCount: 0 });
    });
  });
});
