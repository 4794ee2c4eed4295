import { invalidArgument, type SortKeyRange } from '@ecticket/platform';
import { addDays, dayEnd, dayStart, parseDateRange } from '../domain/calendar';
import { ledgerAccounts, type LedgerAccount } from '../domain/ledger';

/** Inclusive Taiwan days `from_date`..`to_date` (either may be empty) over sort keys that start with an ISO instant. */
export function instantsWithin(fromDate: string, toDate: string): SortKeyRange {
  const { from, to } = parseDateRange(fromDate, toDate);
  return { from: from === null ? null : dayStart(from), to: to === null ? null : dayEnd(to) };
}

/** Inclusive Taiwan days over sort keys that start with a calendar date. */
export function datesWithin(fromDate: string, toDate: string): SortKeyRange {
  const { from, to } = parseDateRange(fromDate, toDate);
  return { from, to: to === null ? null : addDays(to, 1) };
}

export function parseAccount(value: string): LedgerAccount | null {
  if (value === '') return null;
  const account = ledgerAccounts.find((known) => known === value);
  if (!account) throw invalidArgument('UNKNOWN_ACCOUNT', `"${value}" is not a ledger account.`, { account: value, known: ledgerAccounts });
  return account;
}
