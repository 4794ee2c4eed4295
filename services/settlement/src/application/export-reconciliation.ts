import { invalidArgument } from '@ecticket/platform';
import { financeMerchantOf, type Viewer } from '../domain/access';
import { dayEnd, dayStart, daysBetween, parseCalendarDate, taiwanDateOf, type CalendarDate } from '../domain/calendar';
import { creditOf, debitOf, ledgerAccounts, sumOf, type LedgerAccount } from '../domain/ledger';
import { isMerchantSettledReturn, type EffectiveUsage } from '../domain/usage';
import { ledgerEntries, tickets, usages, type LedgerEntry, type StoredTicket } from '../infrastructure/collections';
import { toSpreadsheetCsv, type CsvField } from '../infrastructure/csv';
import type { SettlementDeps } from './ports';

const MAX_RANGE_DAYS = 366;

/** The columns of the file, documented in settlement.proto (ReconciliationExport). */
const columns = [
  'record_type',
  'date',
  'posted_at',
  'account',
  'debit',
  'credit',
  'balance',
  'journal_id',
  'journal_kind',
  'reverses_journal_id',
  'order_id',
  'ticket_id',
  'ticket_number',
  'product_name',
  'face_value',
  'usage_id',
  'payout_id',
  'memo',
] as const;
type Row = Partial<Record<(typeof columns)[number], string | number>>;

export interface ReconciliationRequest {
  readonly merchantId: string;
  readonly fromDate: string;
  readonly toDate: string;
}

export interface ReconciliationFile {
  readonly fileName: string;
  readonly csv: string;
  readonly entryCount: number;
}

/**
 * The merchant's ledger over a range of days, in the spirit of the seed product's order-detail
 * file: opening balances, every entry with its order and ticket, closing balances, and the R11
 * memos. Per account, opening + debits − credits = closing, which is the account's balance at
 * the end of the range; the entries' debits equal their credits.
 */
export async function exportReconciliation(deps: SettlementDeps, viewer: Viewer, request: ReconciliationRequest): Promise<ReconciliationFile> {
  const merchantId = financeMerchantOf(viewer, request.merchantId);
  const { from, to } = requiredRange(request);
  // Entries' and usages' sort keys start with the instant they were posted or happened.
  const inRange = { $gte: dayStart(from), $lt: dayEnd(to) };
  const entries = deps.store.collection(ledgerEntries);
  const [before, within, returns] = await Promise.all([
    entries.find({ merchantId, sortKey: { $lt: dayStart(from) } }),
    entries.find({ merchantId, sortKey: inRange }, { sort: { sortKey: 1 } }),
    deps.store.collection(usages).find({ 'record.merchantId': merchantId, kind: 'return', sortKey: inRange }),
  ]);
  const memos = returns.filter(isMerchantSettledReturn);
  const ticketsById = await ticketsOf(deps, [...within.map((entry) => entry.ticketId), ...memos.map((usage) => usage.ticketId)]);
  const opening = totalsByAccount(before);
  const closing = totalsByAccount([...before, ...within]);
  const rows: Row[] = [
    ...ledgerAccounts.map((account) => ({ record_type: 'opening_balance', date: from, account, balance: opening.get(account) ?? 0 })),
    ...within.map((entry) => entryRow(entry, ticketsById)),
    ...ledgerAccounts.map((account) => ({ record_type: 'closing_balance', date: to, account, balance: closing.get(account) ?? 0 })),
    ...memos.map((usage) => memoRow(usage, ticketsById)),
  ];
  return {
    fileName: `reconciliation-${merchantId}-${from}-${to}.csv`,
    csv: toSpreadsheetCsv([columns, ...rows.map((row) => columns.map((column): CsvField => row[column] ?? null))]),
    entryCount: within.length,
  };
}

function requiredRange(request: ReconciliationRequest): { from: CalendarDate; to: CalendarDate } {
  const from = parseCalendarDate(request.fromDate, 'from_date');
  const to = parseCalendarDate(request.toDate, 'to_date');
  const days = daysBetween(from, to);
  if (days < 0 || days >= MAX_RANGE_DAYS) {
    throw invalidArgument('INVALID_DATE_RANGE', `A reconciliation covers 1–${MAX_RANGE_DAYS} days, to_date not before from_date.`, { max: MAX_RANGE_DAYS });
  }
  return { from, to };
}

async function ticketsOf(deps: SettlementDeps, ids: readonly (string | null)[]): Promise<Map<string, StoredTicket>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const found = wanted.length === 0 ? [] : await deps.store.collection(tickets).find({ id: { $in: wanted } });
  return new Map(found.map((ticket) => [ticket.id, ticket]));
}

function totalsByAccount(entries: readonly LedgerEntry[]): Map<LedgerAccount, number> {
  return new Map(ledgerAccounts.map((account) => [account, sumOf(entries.filter((entry) => entry.account === account).map((entry) => entry.amount))]));
}

function entryRow(entry: LedgerEntry, ticketsById: ReadonlyMap<string, StoredTicket>): Row {
  const ticket = entry.ticketId === null ? undefined : ticketsById.get(entry.ticketId);
  return {
    record_type: 'entry',
    date: taiwanDateOf(new Date(entry.postedAt)),
    posted_at: entry.postedAt,
    account: entry.account,
    debit: debitOf(entry.amount),
    credit: creditOf(entry.amount),
    journal_id: entry.journalId,
    journal_kind: entry.kind,
    reverses_journal_id: entry.reversesJournalId ?? '',
    order_id: entry.orderId ?? '',
    ...ticketColumns(ticket),
    usage_id: entry.usageId ?? '',
    payout_id: entry.payoutId ?? '',
  };
}

/** R11: the merchant refunds the buyer itself; recorded, no platform money moves. */
function memoRow(usage: EffectiveUsage, ticketsById: ReadonlyMap<string, StoredTicket>): Row {
  return {
    record_type: 'memo',
    date: taiwanDateOf(new Date(usage.record.occurredAt)),
    posted_at: usage.record.occurredAt,
    order_id: usage.record.orderId,
    ticket_id: usage.ticketId,
    ticket_number: usage.record.ticketNumber,
    product_name: ticketsById.get(usage.ticketId)?.issue?.productName ?? '',
    face_value: usage.record.faceValue,
    usage_id: usage.id,
    memo: 'merchant_settles_refund',
  };
}

function ticketColumns(ticket: StoredTicket | undefined): Row {
  if (!ticket) return {};
  return { ticket_id: ticket.id, ticket_number: ticket.ticketNumber, product_name: ticket.issue?.productName ?? '', face_value: ticket.faceValue };
}
