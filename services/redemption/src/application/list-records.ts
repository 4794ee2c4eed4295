import { findPage, type CollectionSpec, type Page, type PageRequest } from '@ecticket/platform';
import type { Redemption, TicketReturn, UseRecord } from '../domain/records';
import { timeRangeOf } from '../domain/time-range';
import { redemptions, ticketReturns, type StoredRecord } from '../infrastructure/collections';
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
export function listRedemptions(deps: RedemptionDeps, accessToken: string | null, input: ListRecordsInput): Promise<Page<Redemption>> {
  return listRecords(deps, accessToken, redemptions, input);
}

export function listReturns(deps: RedemptionDeps, accessToken: string | null, input: ListRecordsInput): Promise<Page<TicketReturn>> {
  return listRecords(deps, accessToken, ticketReturns, input);
}

async function listRecords<R extends UseRecord>(
  deps: RedemptionDeps,
  accessToken: string | null,
  collection: CollectionSpec<StoredRecord<R>>,
  input: ListRecordsInput,
): Promise<Page<R>> {
  const range = timeRangeOf(input.from, input.to);
  const staff = await authorize(deps, accessToken, { permission: 'reports', mutating: false });
  return findPage(deps.store.collection(collection), recordsVisibleTo(staff, input.branchId), input.page, 'newest_first', range);
}
