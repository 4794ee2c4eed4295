import type { Logger } from '../logging';
import type { ScheduledJob } from '../scheduler';
import type { CollectionSpec, Filter, FindOptions, Store, StoredDocument } from '../store/port';
import { inboxCollection } from './inbox';
import { outboxCollection } from './outbox';

/** How long a service keeps the outbox entries it sent and the inbox rows of the events it applied. */
export interface MessageRetention {
  /** A sent outbox entry is deleted this long after it was sent; pending entries are never deleted. */
  readonly sentOutboxMs: number;
  /** An inbox row is deleted this long after its event was applied; until then a redelivery is recognised as a duplicate. */
  readonly inboxMs: number;
}

export interface PurgeLimits {
  /** Rows deleted by one write, so that write holds the store's write lock only briefly. */
  readonly batchSize: number;
  /**
   * Batches per collection and run: a backlog (a first run over months of traffic) is worked off over
   * several runs, each well within the job's lease and without delaying the service's other jobs.
   */
  readonly maxBatchesPerRun: number;
}

export interface PurgedMessages {
  readonly sentOutbox: number;
  readonly inbox: number;
}

/** Batches read whole documents (the port has no projection), and an outbox entry carries its event: hence 200. */
const DEFAULT_PURGE_LIMITS: PurgeLimits = { batchSize: 200, maxBatchesPerRun: 50 };

export const MESSAGE_RETENTION_JOB = 'messaging.purge-expired';

/** Deletes the sent outbox entries and inbox rows older than their retention at `now`, oldest first, in bounded batches. */
export async function purgeExpiredMessages(store: Store, retention: MessageRetention, now: Date, limits: PurgeLimits = DEFAULT_PURGE_LIMITS): Promise<PurgedMessages> {
  const sentBefore = new Date(now.getTime() - retention.sentOutboxMs).toISOString();
  const processedBefore = new Date(now.getTime() - retention.inboxMs).toISOString();
  return {
    sentOutbox: await purgeInBatches(store, outboxCollection, { status: 'sent', sentAt: { $lt: sentBefore } }, { sentAt: 1 }, limits),
    inbox: await purgeInBatches(store, inboxCollection, { processedAt: { $lt: processedBefore } }, { processedAt: 1 }, limits),
  };
}

/** The job every service runtime schedules; its lease keeps replicas sharing the store from purging at once. */
export function messageRetentionJob(store: Store, retention: MessageRetention, logger: Logger): ScheduledJob {
  return {
    name: MESSAGE_RETENTION_JOB,
    intervalMs: 60_000,
    // A run is bounded by its batches; five minutes is far beyond what they take.
    leaseMs: 5 * 60_000,
    run: async (now) => {
      const purged = await purgeExpiredMessages(store, retention, now);
      if (purged.sentOutbox > 0 || purged.inbox > 0) logger.info({ job: MESSAGE_RETENTION_JOB, ...purged }, 'purged expired outbox and inbox rows');
    },
  };
}

/**
 * The port's deleteMany has no limit: each batch finds the ids of the oldest expired rows (an index
 * range) and deletes those, each delete a write of its own so other writes get the lock in between.
 */
async function purgeInBatches<T extends StoredDocument>(
  store: Store,
  spec: CollectionSpec<T>,
  expired: Filter,
  oldestFirst: NonNullable<FindOptions['sort']>,
  limits: PurgeLimits,
): Promise<number> {
  const collection = store.collection(spec);
  let purged = 0;
  for (let batch = 0; batch < limits.maxBatchesPerRun; batch += 1) {
    const ids = (await collection.find(expired, { sort: oldestFirst, limit: limits.batchSize })).map((row) => row.id);
    if (ids.length === 0) break;
    // The expiry condition again, so the delete itself states what it may remove (never a pending entry).
    purged += await collection.deleteMany({ ...expired, id: { $in: ids } });
    if (ids.length < limits.batchSize) break;
  }
  return purged;
}
