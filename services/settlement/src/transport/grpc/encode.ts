import type { settlementV1 } from '@ecticket/contracts';
import type { BalancesView } from '../../application/get-balances';
import type { BranchReportRow } from '../../application/list-branch-report';
import type { InvariantReport } from '../../domain/invariants';
import { creditOf, debitOf } from '../../domain/ledger';
import type { Usage } from '../../domain/usage';
import type { LedgerEntry, StoredPayout } from '../../infrastructure/collections';

/** Application views → protobuf messages: every field is listed, so nothing leaves that was not meant to. Money is int64. */

export function balancesMessage(view: BalancesView): settlementV1.Balances {
  return {
    merchantId: view.merchantId,
    accounts: view.accounts.map(({ account, balance }) => ({ account, balance })),
    merchantSettledRefunds: view.merchantSettledRefunds,
    merchantSettledRefundCount: view.merchantSettledRefundCount,
    asOf: view.asOf,
  };
}

export function ledgerEntryMessage(entry: LedgerEntry): settlementV1.LedgerEntry {
  return {
    entryId: entry.id,
    journalId: entry.journalId,
    kind: entry.kind,
    account: entry.account,
    debit: debitOf(entry.amount),
    credit: creditOf(entry.amount),
    orderId: entry.orderId ?? '',
    ticketId: entry.ticketId ?? '',
    usageId: entry.usageId ?? '',
    payoutId: entry.payoutId ?? '',
    reversesJournalId: entry.reversesJournalId ?? '',
    postedAt: entry.postedAt,
  };
}

export function payoutMessage(payout: StoredPayout): settlementV1.Payout {
  return {
    payoutId: payout.id,
    merchantId: payout.merchantId,
    payoutDate: payout.payoutDate,
    amount: payout.amount,
    payableCount: payout.payableCount,
    journalId: payout.journalId,
    paidAt: payout.paidAt,
  };
}

export function branchReportRowMessage(row: BranchReportRow): settlementV1.BranchReportRow {
  const { record } = row;
  return {
    usageId: row.usageId,
    usage: row.usage,
    ticketId: row.ticketId,
    ticketNumber: record.ticketNumber,
    orderId: record.orderId,
    productId: record.productId,
    faceValue: record.faceValue,
    occurredAt: record.occurredAt,
    operator: row.operator,
    branchId: record.operator?.branchId ?? '',
    branchName: record.operator?.branchName ?? '',
    branchCode: record.operator?.branchCode ?? '',
    refund: record.refund ?? '',
    reason: record.reason,
    cancelled: row.cancelled,
    syncedToBank: row.syncedToBank,
    redeemedByStoreId: row.redeemedByStore?.merchantId ?? '',
    redeemedByStoreName: row.redeemedByStore?.name ?? '',
  };
}

export function isSyncedMessage(ticketId: string, usage: Usage | null): settlementV1.IsSyncedResponse {
  return {
    ticketId,
    synced: usage?.bank === 'synced',
    usageId: usage?.id ?? '',
    usage: usage?.kind ?? '',
    batchId: usage?.batchId ?? '',
    syncedAt: usage?.syncedAt ?? '',
  };
}

export function invariantsMessage(report: InvariantReport): settlementV1.LedgerInvariants {
  return {
    ok: report.ok,
    violations: [...report.violations],
    ledgerSum: report.ledgerSum,
    journalCount: report.journalCount,
    unbalancedJournalCount: report.unbalancedJournalCount,
    escrowBalance: report.escrowBalance,
    escrowedFaceValue: report.escrowedFaceValue,
    escrowedTicketCount: report.escrowedTicketCount,
    merchantPayableBalance: report.merchantPayableBalance,
    openPayables: report.openPayables,
    merchantPaidBalance: report.merchantPaidBalance,
    payoutsTotal: report.payoutsTotal,
    buyerRefundPayableBalance: report.buyerRefundPayableBalance,
  };
}
