import { findPage, type CollectionSpec, type Page, type PageRequest } from '@ecticket/platform';
import type { RecordState, Redemption, TicketReturn, UseRecord } from '../domain/records';
import { timeRangeOf } from '../domain/time-range';
import { pendingCancellationFor } from '../domain/usage';
import { redemptions, ticketReturns, ticketUsages, type StoredRecord } from '../infrastructure/collections';
import { authorize } from './authorize';
import type { RedemptionDeps } from './ports';
import { recordsVisibleTo } from './visibility';

export interface ListRecordsInput {
  readonly from: string;
  readonly to: string;
  /** '': every branch the caller sees. */
  readonly branchId: string;
  readonly page: PageRequest;
}

/** Reports (R21): redemptions made by the caller's merchant, filterable by date range and branch, each naming its operator (R22.1). */
export function listRedemptions(deps: RedemptionDeps, accessToken: string | null, input: ListRecordsInput): Promise<Page<RecordState<Redemption>>> {
  return listRecords(deps, accessToken, redemptions, input);
}

export function listReturns(deps: RedemptionDeps, accessToken: string | null, input: ListRecordsInput): Promise<Page<RecordState<TicketReturn>>> {
  return listRecords(deps, accessToken, ticketReturns, input);
}

async function listRecords<R extends UseRecord>(
  deps: RedemptionDeps,
  accessToken: string | null,
  collection: CollectionSpec<StoredRecord<R>>,
  input: ListRecordsInput,
): Promise<Page<RecordState<R>>> {
  const range = timeRangeOf(input.from, input.to);
  const staff = await authorize(deps, accessToken, { permission: 'reports', mutating: false });
  const page = await findPage(deps.store.collection(collection), recordsVisibleTo(staff, input.branchId), input.page, 'newest_first', range);
  return { ...page, items: await withPendingCancellations(deps, page.items) };
}

/**
 * R30: a pending cancellation is kept on the ticket's usage, not on the record; the records still
 * standing are matched against their tickets' usages in one read.
 */
async function withPendingCancellations<R extends UseRecord>(deps: RedemptionDeps, records: readonly R[]): Promise<RecordState<R>[]> {
  const ticketIds = [...new Set(records.filter((record) => record.cancellation === null).map((record) => record.ticket.ticketId))];
  const usages = ticketIds.length === 0 ? [] : await deps.store.collection(ticketUsages).find({ id: { $in: ticketIds } });
  const usageOf = new Map(usages.map((usage) => [usage.id, usage]));
  return records.map((record) => {
    const usage = usageOf.get(record.ticket.ticketId);
    return { record, pendingCancellation: usage ? pendingCancellationFor(usage, record) : null };
  });
}
