import { defineCollection, type CollectionSpec, type IndexSpec, type StoredDocument } from '@ecticket/platform';
import type { Redemption, TicketReturn, UseRecord } from '../domain/records';
import type { TicketUsage } from '../domain/ticket';

/** A usage as stored: `revision` is the compare-and-set guard of every transition. */
export type StoredUsage = TicketUsage & { readonly revision: number };

/** A record as stored: `sortKey` (`at|id`) orders reports and is what page cursors and time ranges point at. */
export type StoredRecord<R extends UseRecord> = R & { readonly sortKey: string };

export const ticketUsages = defineCollection<StoredUsage>('ticket_usages', [
  { fields: ['ticket.ticketNumber'], unique: true },
  // Not unique: an older issuance service sends no hash, and MongoDB would count the missing ones as equal.
  { fields: ['redemptionCodeHash'] },
  { fields: ['state', 'expiresAt'] },
  // The stalled-cancellations job's query (R30); only the few usages with a pending cancellation have the field.
  { fields: ['pendingCancellation.at'] },
]);

const recordIndexes: readonly IndexSpec[] = [
  { fields: ['merchantId', 'sortKey'] },
  { fields: ['merchantId', 'operator.branchId', 'sortKey'] },
  { fields: ['ticket.ticketId', 'sortKey'] },
];

export const redemptions = defineCollection<StoredRecord<Redemption>>('redemptions', recordIndexes);
export const ticketReturns = defineCollection<StoredRecord<TicketReturn>>('ticket_returns', recordIndexes);

/** Every collection the redemption service owns, declared once with its indexes. */
export const redemptionCollections: readonly CollectionSpec<StoredDocument>[] = [ticketUsages, redemptions, ticketReturns] as CollectionSpec<StoredDocument>[];
