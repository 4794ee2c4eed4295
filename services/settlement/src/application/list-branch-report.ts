import { findPage, invalidArgument, type Page, type PageRequest } from '@ecticket/platform';
import { reportScopeOf, type Viewer } from '../domain/access';
import { operatorLabel, staffUsageKinds, type StaffUsageKind, type UsageRecord } from '../domain/usage';
import { usages, type StoredUsage } from '../infrastructure/collections';
import type { SettlementDeps } from './ports';
import { instantsWithin } from './queries';

export interface BranchReportQuery {
  readonly merchantId: string;
  readonly branchId: string;
  readonly fromDate: string;
  readonly toDate: string;
  /** "redemption" | "return"; empty: both. */
  readonly usage: string;
  readonly page: PageRequest;
}

/** One redemption or return as a report shows it: no contract information (R22.5). */
export interface BranchReportRow {
  readonly usageId: string;
  readonly usage: StaffUsageKind;
  readonly ticketId: string;
  readonly record: UsageRecord;
  /** R22.1. */
  readonly operator: string;
  /** R18: the redeemable store whose staff redeemed the issuer's ticket; null: the merchant's own staff. */
  readonly redeemedByStore: { readonly merchantId: string; readonly name: string } | null;
  readonly cancelled: boolean;
  readonly syncedToBank: boolean;
}

/** R21: the merchant's redemptions and returns, filterable by branch; a branch-bound viewer sees only its own (R22.2). */
export async function listBranchReport(deps: SettlementDeps, viewer: Viewer, query: BranchReportQuery): Promise<Page<BranchReportRow>> {
  const scope = reportScopeOf(viewer, query.merchantId, query.branchId);
  const filter = {
    'record.merchantId': scope.merchantId,
    kind: { $in: kindsOf(query.usage) },
    ...(scope.branchId === null ? {} : { 'record.operator.branchId': scope.branchId }),
  };
  const page = await findPage(deps.store.collection(usages), filter, query.page, 'oldest_first', instantsWithin(query.fromDate, query.toDate));
  const stores = await storeNames(deps, page.items);
  return { nextCursor: page.nextCursor, items: page.items.map((usage) => reportRowOf(usage, stores)).filter((row): row is BranchReportRow => row !== null) };
}

/** The names of the redeemable stores a page of usages names, each asked of the account service once. */
async function storeNames(deps: SettlementDeps, page: readonly StoredUsage[]): Promise<ReadonlyMap<string, string>> {
  const ids = [...new Set(page.flatMap((usage) => usage.record?.usedByMerchantId ?? []))];
  return new Map(await Promise.all(ids.map(async (id) => [id, await deps.terms.merchantName(id)] as const)));
}

/** null only for what the filter already excludes (unrecorded usages, guarantee expiries); narrows the type. */
function reportRowOf(usage: StoredUsage, stores: ReadonlyMap<string, string>): BranchReportRow | null {
  if (usage.record === null || usage.kind === 'guarantee_expiry') return null;
  const store = usage.record.usedByMerchantId ?? null;
  return {
    usageId: usage.id,
    usage: usage.kind,
    ticketId: usage.ticketId,
    record: usage.record,
    operator: operatorLabel(usage.record.operator),
    redeemedByStore: store === null ? null : { merchantId: store, name: stores.get(store) ?? '' },
    cancelled: usage.reversed || usage.bank === 'cancelled',
    syncedToBank: usage.bank === 'synced',
  };
}

function kindsOf(usage: string): StaffUsageKind[] {
  if (usage === '') return [...staffUsageKinds];
  const kind = staffUsageKinds.find((known) => known === usage);
  if (!kind) throw invalidArgument('INVALID_USAGE', 'usage must be "redemption", "return" or empty.', { usage });
  return [kind];
}
