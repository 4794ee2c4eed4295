import { insertOperation, updateOperation, type CollectionSpec, type WriteOperation } from '@ecticket/platform';
import type { UseRecord } from '../domain/records';
import type { TicketUsage } from '../domain/ticket';
import { ticketUsages, type StoredRecord, type StoredUsage } from '../infrastructure/collections';

export function insertUsage(usage: TicketUsage): WriteOperation {
  return insertOperation(ticketUsages, { ...usage, revision: 1 });
}

/**
 * The usage `after` a transition, only if nobody changed it since `before` was read
 * (compare-and-set on the revision); otherwise the whole write fails with WRITE_CONFLICT.
 */
export function replaceUsage(before: StoredUsage, after: TicketUsage): WriteOperation {
  const fields = Object.fromEntries(Object.entries(replacedUsage(before, after)).filter(([key]) => key !== 'id'));
  return updateOperation(ticketUsages, { id: before.id, revision: before.revision }, { $set: fields });
}

/** The usage as replaceUsage(before, after) stores it. */
export function replacedUsage(before: StoredUsage, after: TicketUsage): StoredUsage {
  return { ...after, revision: before.revision + 1 };
}

export function insertRecord<R extends UseRecord>(collection: CollectionSpec<StoredRecord<R>>, record: R): WriteOperation {
  return insertOperation(collection, { ...record, sortKey: `${record.at}|${record.id}` });
}

/** A record's cancellation, written once: a second one matches nothing and fails the write. */
export function cancelRecord<R extends UseRecord>(collection: CollectionSpec<StoredRecord<R>>, record: R): WriteOperation {
  return updateOperation(collection, { id: record.id, cancellation: null }, { $set: { cancellation: record.cancellation } });
}
