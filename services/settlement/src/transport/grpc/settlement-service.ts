import type { settlementV1 } from '@ecticket/contracts';
import { loadServiceDefinition, type UnaryCallInfo, type UnaryHandlers } from '@ecticket/platform';
import { checkLedgerInvariants } from '../../application/check-ledger-invariants';
import { claimUsageCancellation } from '../../application/claim-cancellation';
import { exportReconciliation } from '../../application/export-reconciliation';
import { getBalances } from '../../application/get-balances';
import { latestStaffUsage } from '../../application/is-synced';
import { listBranchReport } from '../../application/list-branch-report';
import { listLedgerEntries, listPayouts } from '../../application/list-ledger';
import type { SettlementDeps } from '../../application/ports';
import type { Viewer } from '../../domain/access';
import { bearerToken, pageRequest } from './call';
import { balancesMessage, branchReportRowMessage, invariantsMessage, isSyncedMessage, ledgerEntryMessage, payoutMessage } from './encode';

export function settlementServiceDefinition(): settlementV1.SettlementServiceDefinition {
  return loadServiceDefinition<settlementV1.SettlementServiceDefinition>(['settlement.proto'], 'ecticket.settlement.v1.SettlementService');
}

const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * The gRPC face of the service: decode, run the use case, encode. Report calls are made for a
 * person, whose `authorization` the account service checks on every call; ClaimCancellation,
 * IsSynced and CheckLedgerInvariants are for other services and tests.
 */
export function settlementServiceHandlers(deps: SettlementDeps): UnaryHandlers<settlementV1.SettlementServiceDefinition> {
  const viewer = (call: UnaryCallInfo): Promise<Viewer> => deps.principals.viewerOf(bearerToken(call));

  return {
    async GetBalances(request, call) {
      return balancesMessage(await getBalances(deps, await viewer(call), request.merchantId));
    },
    async ListLedgerEntries(request, call) {
      const page = await listLedgerEntries(deps, await viewer(call), { ...request, page: pageRequest(request.page) });
      return { entries: page.items.map(ledgerEntryMessage), nextCursor: page.nextCursor };
    },
    async ListPayouts(request, call) {
      const page = await listPayouts(deps, await viewer(call), { ...request, page: pageRequest(request.page) });
      return { payouts: page.items.map(payoutMessage), nextCursor: page.nextCursor };
    },
    async ExportReconciliation(request, call) {
      const file = await exportReconciliation(deps, await viewer(call), request);
      return { fileName: file.fileName, contentType: CSV_CONTENT_TYPE, csv: file.csv, entryCount: file.entryCount };
    },
    async ListBranchReport(request, call) {
      const page = await listBranchReport(deps, await viewer(call), { ...request, page: pageRequest(request.page) });
      return { rows: page.items.map(branchReportRowMessage), nextCursor: page.nextCursor };
    },

    async ClaimCancellation(request) {
      const usage = await claimUsageCancellation(deps, request);
      return { usageId: usage.id, ticketId: usage.ticketId, cancelledAt: usage.cancelledAt ?? '' };
    },
    async IsSynced(request) {
      return isSyncedMessage(request.ticketId, await latestStaffUsage(deps, request.ticketId));
    },
    async CheckLedgerInvariants(request) {
      return invariantsMessage(await checkLedgerInvariants(deps, request.merchantId));
    },
  };
}
