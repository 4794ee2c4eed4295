import { z } from 'zod';
import type { settlementV1 } from '@ecticket/contracts';
import { knownValue, orNull, timestamp, unexpectedAnswer } from '../view-schemas';
import { journalKind, ledgerAccount, refund, usageKind } from './enums';

/**
 * What the settlement API answers (see view-schemas.ts for the rules every view follows). Money is
 * integer NTD, a JSON number: the service's int64 strings are far below 2^53.
 */

const ntd = z.number().int().describe('NTD');

function toNtd(amount: string): number {
  const value = Number(amount);
  if (!Number.isSafeInteger(value)) throw unexpectedAnswer('an amount that is not a safe integer');
  return value;
}

export const balancesView = z.object({
  accounts: z
    .array(z.object({ account: ledgerAccount, balance: ntd.describe('Debits minus credits, NTD.') }))
    .describe('Every ledger account of the merchant, in a fixed order.'),
  merchantSettledRefunds: ntd.describe('R11: returns past the guarantee period, which the merchant refunds to the buyer itself; a memo, not a ledger account.'),
  merchantSettledRefundCount: z.number().int(),
  asOf: timestamp,
});

export function toBalances(balances: settlementV1.Balances__Output): z.infer<typeof balancesView> {
  return {
    accounts: balances.accounts.map(({ account, balance }) => ({ account: knownValue(ledgerAccount, account, 'ledger account'), balance: toNtd(balance) })),
    merchantSettledRefunds: toNtd(balances.merchantSettledRefunds),
    merchantSettledRefundCount: balances.merchantSettledRefundCount,
    asOf: balances.asOf,
  };
}

export const ledgerEntryView = z
  .object({
    entryId: z.string(),
    journalId: z.string(),
    kind: journalKind.describe("The journal's kind; a reversal keeps the kind of the journal it reverses."),
    account: ledgerAccount,
    debit: ntd,
    credit: ntd.describe('NTD; one of debit and credit is 0.'),
    orderId: z.string().nullable(),
    ticketId: z.string().nullable(),
    usageId: z.string().nullable().describe('The redemption, return or guarantee expiry that moved the money.'),
    payoutId: z.string().nullable(),
    reversesJournalId: z.string().nullable(),
    postedAt: timestamp,
  })
  .describe('One line of a balanced journal; never edited, only reversed by a later journal.');

export function toLedgerEntry(entry: settlementV1.LedgerEntry__Output): z.infer<typeof ledgerEntryView> {
  return {
    entryId: entry.entryId,
    journalId: entry.journalId,
    kind: knownValue(journalKind, entry.kind, 'journal kind'),
    account: knownValue(ledgerAccount, entry.account, 'ledger account'),
    debit: toNtd(entry.debit),
    credit: toNtd(entry.credit),
    orderId: orNull(entry.orderId),
    ticketId: orNull(entry.ticketId),
    usageId: orNull(entry.usageId),
    payoutId: orNull(entry.payoutId),
    reversesJournalId: orNull(entry.reversesJournalId),
    postedAt: entry.postedAt,
  };
}

export const payoutView = z.object({
  payoutId: z.string(),
  payoutDate: z.string().describe('YYYY-MM-DD, Taiwan time.'),
  amount: ntd,
  payableCount: z.number().int().describe('The released tickets it pays.'),
  journalId: z.string(),
  paidAt: timestamp,
});

export function toPayout(payout: settlementV1.Payout__Output): z.infer<typeof payoutView> {
  return {
    payoutId: payout.payoutId,
    payoutDate: payout.payoutDate,
    amount: toNtd(payout.amount),
    payableCount: payout.payableCount,
    journalId: payout.journalId,
    paidAt: payout.paidAt,
  };
}

export const branchReportRowView = z.object({
  usageId: z.string().describe('The redemption or return id.'),
  usage: usageKind,
  ticketId: z.string(),
  ticketNumber: z.string(),
  orderId: z.string(),
  productId: z.string(),
  faceValue: ntd,
  occurredAt: timestamp,
  operator: z.string().describe('A branch-bound operator as "<branch name> (<branch code>)", head office by its name (R22.1).'),
  branch: z.object({ id: z.string(), name: z.string(), code: z.string() }).nullable().describe('Null: head office.'),
  refund: refund.nullable().describe('Returns only (R11).'),
  reason: z.string().nullable(),
  cancelled: z.boolean().describe('Cancelled before the bank sync (R30).'),
  syncedToBank: z.boolean(),
  redeemedByStore: z
    .object({ merchantId: z.string(), name: z.string() })
    .nullable()
    .describe("R18: the redeemable store (a linked merchant) whose staff redeemed this merchant's ticket; `operator` and `branch` are then the store's. Null: the merchant's own staff."),
});

export function toBranchReportRow(row: settlementV1.BranchReportRow__Output): z.infer<typeof branchReportRowView> {
  return {
    usageId: row.usageId,
    usage: knownValue(usageKind, row.usage, 'usage kind'),
    ticketId: row.ticketId,
    ticketNumber: row.ticketNumber,
    orderId: row.orderId,
    productId: row.productId,
    faceValue: toNtd(row.faceValue),
    occurredAt: row.occurredAt,
    operator: row.operator,
    branch: row.branchId === '' ? null : { id: row.branchId, name: row.branchName, code: row.branchCode },
    refund: row.refund === '' ? null : knownValue(refund, row.refund, 'refund'),
    reason: orNull(row.reason),
    cancelled: row.cancelled,
    syncedToBank: row.syncedToBank,
    redeemedByStore: row.redeemedByStoreId === '' ? null : { merchantId: row.redeemedByStoreId, name: row.redeemedByStoreName },
  };
}

export const reconciliationCsv = z
  .string()
  .describe(
    "RFC 4180 CSV, UTF-8, CRLF, with a header row: record_type, date, posted_at, account, debit, credit, balance, journal_id, journal_kind, reverses_journal_id, order_id, ticket_id, ticket_number, product_name, face_value, usage_id, payout_id, memo. Per account, opening_balance + debits − credits = closing_balance; the entries' debits equal their credits; memo rows are R11 returns the merchant refunds itself. Made to be opened in a spreadsheet (OWASP, CSV Injection): every text field is quoted, and one that starts with =, +, -, @, a tab or a carriage return is prefixed with a single quote ('), so it shows as text; amounts are bare numbers, negative ones included.",
  );

// Content-Disposition carries the service's file name: anything beyond these characters would be a broken contract.
const fileName = /^[A-Za-z0-9._-]{1,200}$/;

export function attachment(file: settlementV1.ReconciliationExport__Output): Readonly<Record<string, string>> {
  if (!fileName.test(file.fileName)) throw unexpectedAnswer('an unsafe file name');
  return { 'Content-Disposition': `attachment; filename="${file.fileName}"` };
}
