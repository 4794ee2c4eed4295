import { defineCollection, type CollectionSpec, type StoredDocument } from '@ecticket/platform';
import type { CalendarDate } from '../domain/calendar';
import type { Position } from '../domain/escrow';
import type { JournalKind, LedgerAccount } from '../domain/ledger';
import type { Payable, Payout } from '../domain/payout';
import type { SettlementTicket } from '../domain/ticket';
import type { Usage } from '../domain/usage';

/**
 * What the settlement service keeps. `revision` is the compare-and-set guard of a document's
 * updates; `sortKey` orders lists and is what page cursors point at.
 */

/** A ticket and where its money sits; its revision also serialises every change of its facts. */
export interface StoredTicket extends SettlementTicket {
  readonly position: Position;
  readonly revision: number;
}

/**
 * An order's capture (R4). Its revision guards the set of the order's tickets against a capture
 * committed at the same time: whoever adds a ticket before the capture increments it, and the
 * capture requires it unchanged.
 */
export interface StoredOrder extends StoredDocument {
  readonly merchantId: string;
  readonly captured: boolean;
  readonly capturedAt: string | null;
  readonly capturedAmount: number;
  readonly paymentId: string | null;
  readonly revision: number;
}

/** sortKey is `occurredAt|id`; a usage known only from its cancellation claim sorts by the claim's time. */
export interface StoredUsage extends Usage {
  readonly sortKey: string;
  readonly revision: number;
}

/** One line of a journal; the ledger is the set of these, never edited. */
export interface LedgerEntry extends StoredDocument {
  readonly journalId: string;
  readonly line: number;
  readonly kind: JournalKind;
  readonly reversesJournalId: string | null;
  readonly merchantId: string;
  readonly account: LedgerAccount;
  /** Debit when positive, credit when negative. */
  readonly amount: number;
  readonly orderId: string | null;
  readonly ticketId: string | null;
  readonly usageId: string | null;
  readonly payoutId: string | null;
  readonly postedAt: string;
  readonly sortKey: string;
}

/** An account's balance, kept in step with its entries in the same atomic write. */
export interface AccountBalanceRow extends StoredDocument {
  readonly merchantId: string;
  readonly account: LedgerAccount;
  readonly balance: number;
}

export interface StoredPayout extends Payout {
  readonly sortKey: string;
}

/** One day's bank sync (R30); at most one per day. */
export interface BankSyncBatch extends StoredDocument {
  readonly syncDate: CalendarDate;
  readonly status: 'open' | 'written';
  readonly startedAt: string;
  readonly fileName: string | null;
  readonly usageCount: number;
  readonly writtenAt: string | null;
}

export const tickets = defineCollection<StoredTicket>('tickets', [{ fields: ['orderId'] }, { fields: ['position', 'issue.guaranteeEndsAt'] }]);

export const orders = defineCollection<StoredOrder>('orders');

export const usages = defineCollection<StoredUsage>('usages', [
  { fields: ['ticketId'] },
  { fields: ['bank', 'sortKey'] },
  { fields: ['batchId', 'sortKey'] },
  { fields: ['record.merchantId', 'sortKey'] },
  { fields: ['record.merchantId', 'record.operator.branchId', 'sortKey'] },
]);

export const ledgerEntries = defineCollection<LedgerEntry>('ledger_entries', [
  { fields: ['merchantId', 'sortKey'] },
  { fields: ['merchantId', 'account', 'sortKey'] },
]);

export const accountBalances = defineCollection<AccountBalanceRow>('account_balances', [{ fields: ['merchantId'] }]);

export const payables = defineCollection<Payable>('payables', [
  { fields: ['status', 'final', 'dueDate'] },
  { fields: ['usageId', 'status'] },
]);

export const payouts = defineCollection<StoredPayout>('payouts', [
  { fields: ['merchantId', 'payoutDate'], unique: true },
  { fields: ['merchantId', 'sortKey'] },
]);

export const bankSyncBatches = defineCollection<BankSyncBatch>('bank_sync_batches', [{ fields: ['syncDate'], unique: true }]);

/** Every collection the settlement service owns, declared once with its indexes. */
export const settlementCollections: readonly CollectionSpec<StoredDocument>[] = [
  tickets,
  orders,
  usages,
  ledgerEntries,
  accountBalances,
  payables,
  payouts,
  bankSyncBatches,
] as CollectionSpec<StoredDocument>[];
