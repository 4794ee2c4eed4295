import { DuplicateKeyError, insertOperation, updateOperation, type WriteOperation } from '@ecticket/platform';
import { ledgerAccounts, type Journal, type JournalLine, type LedgerAccount } from '../domain/ledger';
import { accountBalances, ledgerEntries, type LedgerEntry } from '../infrastructure/collections';
import type { SettlementDeps } from './ports';

export function balanceId(merchantId: string, account: LedgerAccount): string {
  return `${merchantId}/${account}`;
}

/** A journal's entries and the balance updates that keep step with them, for one atomic write. */
export function journalOperations(journal: Journal): WriteOperation[] {
  return journal.lines.flatMap((line, index) => [
    insertOperation(ledgerEntries, entryOf(journal, line, index)),
    updateOperation(accountBalances, { id: balanceId(journal.subject.merchantId, line.account) }, { $inc: { balance: line.amount } }),
  ]);
}

function entryOf(journal: Journal, line: JournalLine, index: number): LedgerEntry {
  const { merchantId, orderId, ticketId, usageId, payoutId } = journal.subject;
  return {
    id: `${journal.id}.${index}`,
    journalId: journal.id,
    line: index,
    kind: journal.kind,
    reversesJournalId: journal.reversesJournalId,
    merchantId,
    account: line.account,
    amount: line.amount,
    orderId,
    ticketId,
    usageId,
    payoutId,
    postedAt: journal.postedAt,
    sortKey: `${journal.postedAt}|${journal.id}|${index}`,
  };
}

/**
 * Opens the merchant's accounts at zero, once: the balance updates of a journal require their rows.
 * Opening is idempotent and outside the journal's write, since an empty account changes nothing.
 */
export async function openAccounts(deps: SettlementDeps, merchantId: string): Promise<void> {
  const balances = deps.store.collection(accountBalances);
  if ((await balances.count({ merchantId })) === ledgerAccounts.length) return;
  for (const account of ledgerAccounts) {
    try {
      await balances.insert({ id: balanceId(merchantId, account), merchantId, account, balance: 0 });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
}
