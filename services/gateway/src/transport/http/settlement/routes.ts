import type { SettlementClient } from '../../../infrastructure/settlement-client';
import { callerRouteOf } from '../caller-route';
import { pageOf } from '../request-schemas';
import type { RouteSpec } from '../routes';
import { pageView, toPage } from '../view-schemas';
import { branchReportQuery, listLedgerEntriesQuery, listPayoutsQuery, reconciliationQuery } from './requests';
import {
  attachment,
  balancesView,
  branchReportRowView,
  ledgerEntryView,
  payoutView,
  reconciliationCsv,
  toBalances,
  toBranchReportRow,
  toLedgerEntry,
  toPayout,
} from './views';

const headOfficeOnly =
  'Needs the `reports` permission node. Merchant-wide money and contract-derived due dates: head office only, a sub-account bound to a branch is refused (403 HEAD_OFFICE_ONLY, R22.2, R22.5).';

const invalidDates = '400 INVALID_DATE for a day that does not exist, 400 INVALID_DATE_RANGE when `to` comes before `from`.';

/** The public REST API of the settlement service (R4–R7, R11, R21, R22): each route is one gRPC call, all reads. */
export function settlementRoutes(client: SettlementClient): RouteSpec[] {
  const staffRoute = callerRouteOf(client);
  return [
    staffRoute({
      method: 'get',
      path: '/v1/balances',
      operationId: 'getBalances',
      summary: "The merchant's ledger balances: escrow (R4), payable (R6, R7), paid out, refunds owed to buyers (R11).",
      description: `${headOfficeOnly} Each balance is debits minus credits of a double-entry ledger that sums to zero: the card money comes in on \`processor_clearing\` (so it shows negative, e.g. -1200 after NT$1,200 was captured) and sits in \`escrow\`, \`merchant_payable\`, \`merchant_paid\` or \`buyer_refund_payable\` (positive).`,
      tags: ['settlement'],
      audience: 'merchant staff',
      success: { status: 200, description: 'The balances now.', schema: balancesView },
      call: (settlement, { merchantId }, options) => settlement.GetBalances({ merchantId }, options),
      view: toBalances,
    }),
    staffRoute({
      method: 'get',
      path: '/v1/ledger-entries',
      operationId: 'listLedgerEntries',
      summary: "The merchant's ledger entries, oldest first, a page at a time.",
      description: `${headOfficeOnly} ${invalidDates}`,
      tags: ['settlement'],
      audience: 'merchant staff',
      query: listLedgerEntriesQuery,
      success: { status: 200, description: 'A page of ledger entries.', schema: pageView(ledgerEntryView) },
      call: (settlement, { merchantId, query }, options) =>
        settlement.ListLedgerEntries({ merchantId, fromDate: query.from ?? '', toDate: query.to ?? '', account: query.account ?? '', page: pageOf(query) }, options),
      view: (answer) => toPage(answer.entries, answer.nextCursor, toLedgerEntry),
    }),
    staffRoute({
      method: 'get',
      path: '/v1/payouts',
      operationId: 'listPayouts',
      summary: "The merchant's payouts by payout date, oldest first, a page at a time: one per day paying every payable then due (R6, R7).",
      description: `${headOfficeOnly} ${invalidDates}`,
      tags: ['settlement'],
      audience: 'merchant staff',
      query: listPayoutsQuery,
      success: { status: 200, description: 'A page of payouts.', schema: pageView(payoutView) },
      call: (settlement, { merchantId, query }, options) =>
        settlement.ListPayouts({ merchantId, fromDate: query.from ?? '', toDate: query.to ?? '', page: pageOf(query) }, options),
      view: (answer) => toPage(answer.payouts, answer.nextCursor, toPayout),
    }),
    staffRoute({
      method: 'get',
      path: '/v1/reconciliation-export',
      operationId: 'exportReconciliation',
      summary: "A CSV file of the merchant's ledger over a range of days, with each entry's order and ticket, that ties out to the ledger.",
      description: `${headOfficeOnly} ${invalidDates} A range covers at most 366 days (400 INVALID_DATE_RANGE).`,
      tags: ['settlement', 'reports'],
      audience: 'merchant staff',
      query: reconciliationQuery,
      success: { status: 200, description: 'The file, as an attachment named reconciliation-<merchant>-<from>-<to>.csv.', schema: reconciliationCsv, contentType: 'text/csv' },
      call: (settlement, { merchantId, query }, options) => settlement.ExportReconciliation({ merchantId, fromDate: query.from, toDate: query.to }, options),
      view: (file) => file.csv,
      headers: attachment,
    }),
    staffRoute({
      method: 'get',
      path: '/v1/branch-report',
      operationId: 'listBranchReport',
      summary: 'Redemptions and returns by branch, oldest first, a page at a time (R21).',
      description: `Needs the \`reports\` permission node. Each row names its operator as reports show them (R22.1) and carries no contract information (R22.5). A sub-account bound to a branch sees its own branch's rows only, and naming another branch is refused (403 OUTSIDE_BRANCH, R22.2). ${invalidDates}`,
      tags: ['reports'],
      audience: 'merchant staff',
      query: branchReportQuery,
      success: { status: 200, description: 'A page of report rows.', schema: pageView(branchReportRowView) },
      call: (settlement, { merchantId, query }, options) =>
        settlement.ListBranchReport(
          { merchantId, branchId: query.branchId ?? '', fromDate: query.from ?? '', toDate: query.to ?? '', usage: query.usage ?? '', page: pageOf(query) },
          options,
        ),
      view: (answer) => toPage(answer.rows, answer.nextCursor, toBranchReportRow),
    }),
  ];
}
