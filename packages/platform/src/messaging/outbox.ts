import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../clock';
import { currentContext, newId } from '../context';
import type { Logger } from '../logging';
import { defineCollection, insertOperation, updateOperation, type Store, type WriteOperation, type WriteResult } from '../store/port';
import type { EventBus } from './bus';
import type { EventEnvelope, OutboxEntry } from './envelope';

/** Outbox rows; the id is the event id. The (status, sentAt) index serves the retention purge. */
export const outboxCollection = defineCollection<OutboxEntry>('outbox', [{ fields: ['status', 'leaseUntil', 'createdAt'] }, { fields: ['status', 'sentAt'] }]);

/** The lease of an entry nobody holds: it ended long ago, so a relay may claim the entry at once. */
const UNLEASED = new Date(0).toISOString();

type Lease = Readonly<{ leaseOwner: string; leaseUntil: string }>;

/** Claimed batches awaiting the bus's confirms at once: claiming the next one overlaps the broker's round trip. */
const PUBLISHES_IN_FLIGHT = 4;

/** The outbox row for an event, to commit in the same `store.write` as the change that caused it. */
export function outboxInsert(envelope: EventEnvelope): WriteOperation {
  return insertOperation(outboxCollection, {
    id: envelope.id,
    envelope,
    status: 'pending',
    createdAt: envelope.occurredAt,
    attempts: 0,
    leaseUntil: UNLEASED,
    leaseOwner: null,
    sentAt: null,
  });
}

export interface NewEvent<TData> {
  readonly type: string;
  readonly version: number;
  readonly producer: string;
  readonly merchantId: string | null;
  readonly data: TData;
  /** Defaults to the event being handled in the current context, if any. */
  readonly causationId?: string | null;
}

/** A new envelope: a fresh id, occurredAt from the clock, the correlation id of the current unit of work. */
export function buildEnvelope<TData>(event: NewEvent<TData>, clock: Clock = systemClock): EventEnvelope<TData> {
  const context = currentContext();
  const id = newId();
  return {
    id,
    type: event.type,
    version: event.version,
    occurredAt: clock.now().toISOString(),
    producer: event.producer,
    merchantId: event.merchantId,
    correlationId: context?.correlationId ?? id,
    causationId: event.causationId ?? context?.causationId ?? null,
    data: event.data,
  };
}

export interface OutboxRelayOptions {
  readonly store: Store;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Entries claimed and published together. */
  readonly batchSize?: number;
  /** How long a claim holds its entries; longer than the bus may take to confirm a publish. */
  readonly leaseMs?: number;
  /** Fallback poll for entries nobody notified about: other processes' commits, expired leases, failed publishes. */
  readonly pollIntervalMs?: number;
}

/**
 * Publishes the outbox: claims pending entries with a conditional update that sets a lease, publishes
 * them as one batch and marks them sent only once the bus confirmed them. A failed publish releases
 * the claim for the next try; a relay that dies holding a claim loses it when the lease ends, and
 * another relay publishes the entries again (the consumers' inbox absorbs that duplicate). While a
 * lease is valid nobody else publishes its entries.
 */
export class OutboxRelay {
  private readonly store: Store;
  private readonly bus: EventBus;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly pollIntervalMs: number;
  private readonly owner = randomUUID();
  private timer: NodeJS.Timeout | null = null;
  /** Drains run one at a time, chained here; it never rejects. */
  private running: Promise<unknown> = Promise.resolve();
  private drainQueued = false;
  private started = false;

  constructor(options: OutboxRelayOptions) {
    this.store = options.store;
    this.bus = options.bus;
    this.logger = options.logger.child({ component: 'outbox-relay' });
    this.clock = options.clock ?? systemClock;
    this.batchSize = options.batchSize ?? 100;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
  }

  /** Publishes what is pending now (e.g. left by a crash), then after every notify() and poll. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.timer = setInterval(() => this.notify(), this.pollIntervalMs);
    this.timer.unref();
    this.notify();
  }

  /** Call after committing outbox entries: publishes them now instead of at the next poll. */
  notify(): void {
    if (!this.started || this.drainQueued) return;
    this.drainQueued = true;
    this.running = this.running
      .then(() => {
        this.drainQueued = false;
        return this.drain();
      })
      .catch((error: unknown) => this.logger.warn({ err: error }, 'publishing the outbox failed; retrying at the next poll'));
  }

  /** Publishes everything claimable now and resolves with how many entries were sent; rejects if a publish failed. */
  flush(): Promise<number> {
    const run = this.running.then(() => this.drain());
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Stops polling and makes a last attempt to publish what is pending. */
  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    try {
      await this.flush();
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox entries left pending at stop; the next relay publishes them');
    }
  }

  /** Claims and publishes batch after batch, up to PUBLISHES_IN_FLIGHT of them awaiting the bus's confirms at once. */
  private async drain(): Promise<number> {
    let sent = 0;
    const failures: unknown[] = [];
    const publishing = new Set<Promise<void>>();
    try {
      while (failures.length === 0) {
        const batch = await this.claim();
        if (batch.length === 0) break;
        const publish: Promise<void> = this.publish(batch).then(
          () => {
            sent += batch.length;
          },
          (error: unknown) => {
            failures.push(error);
          },
        );
        publishing.add(publish);
        void publish.finally(() => publishing.delete(publish));
        if (publishing.size >= PUBLISHES_IN_FLIGHT) await Promise.race(publishing);
      }
    } finally {
      // Also when a claim failed: the batches already handed to the bus get marked sent before stop() closes the store.
      await Promise.all(publishing);
    }
    if (failures.length > 0) throw failures[0];
    return sent;
  }

  /**
   * Entries whose claim lapsed (their relay died or stalled) first, then unclaimed ones, each oldest
   * first: two index ranges, so the cost does not grow with the entries still pending or in flight.
   */
  private async claim(): Promise<OutboxEntry[]> {
    const now = this.clock.now();
    const outbox = this.store.collection(outboxCollection);
    const byAge = { sort: { createdAt: 1 as const }, limit: this.batchSize };
    const lapsed = await outbox.find({ status: 'pending', leaseUntil: { $gt: UNLEASED, $lte: now.toISOString() } }, byAge);
    const unclaimed = lapsed.length < this.batchSize ? await outbox.find({ status: 'pending', leaseUntil: UNLEASED }, { ...byAge, limit: this.batchSize - lapsed.length }) : [];
    if (lapsed.length + unclaimed.length === 0) return [];
    const lease = { leaseOwner: this.owner, leaseUntil: new Date(now.getTime() + this.leaseMs).toISOString() };
    return [...(await this.claimLapsed(lapsed, lease)), ...(await this.claimUnclaimed(unclaimed, lease))];
  }

  /** Each with its own lease end read as the version: of two relays, only one moves it. */
  private async claimLapsed(entries: readonly OutboxEntry[], lease: Lease): Promise<OutboxEntry[]> {
    if (entries.length === 0) return [];
    const claims = await this.store.write(
      entries.map((entry) => updateOperation(outboxCollection, { id: entry.id, status: 'pending', leaseUntil: entry.leaseUntil }, { $set: lease, $inc: { attempts: 1 } }, false)),
    );
    return claims.filter(isClaimed);
  }

  /**
   * Unclaimed entries all have the same version (no lease), so one conditional update claims them
   * together; only when another relay took some of them are they read back to see which are ours.
   */
  private async claimUnclaimed(entries: readonly OutboxEntry[], lease: Lease): Promise<OutboxEntry[]> {
    if (entries.length === 0) return [];
    const outbox = this.store.collection(outboxCollection);
    const ids = entries.map((entry) => entry.id);
    const claimed = await outbox.updateMany({ id: { $in: ids }, status: 'pending', leaseUntil: UNLEASED }, { $set: lease, $inc: { attempts: 1 } });
    if (claimed === entries.length) return entries.map((entry) => ({ ...entry, ...lease, attempts: entry.attempts + 1 }));
    return outbox.find({ id: { $in: ids }, status: 'pending', leaseOwner: lease.leaseOwner, leaseUntil: lease.leaseUntil }, { sort: { createdAt: 1 } });
  }

  private async publish(batch: readonly OutboxEntry[]): Promise<void> {
    const ids = batch.map((entry) => entry.id);
    try {
      await this.bus.publish(batch.map((entry) => entry.envelope));
    } catch (error) {
      await this.release(ids);
      throw error;
    }
    const sentAt = this.clock.now().toISOString();
    await this.store
      .collection(outboxCollection)
      .updateMany({ id: { $in: ids }, status: 'pending' }, { $set: { status: 'sent', sentAt, leaseOwner: null, leaseUntil: null } });
    this.logger.debug({ count: ids.length }, 'outbox entries published');
  }

  /** Gives the claim back so the next drain (of any relay) retries at once instead of after the lease. */
  private async release(ids: readonly string[]): Promise<void> {
    try {
      await this.store
        .collection(outboxCollection)
        .updateMany({ id: { $in: ids }, status: 'pending', leaseOwner: this.owner }, { $set: { leaseOwner: null, leaseUntil: UNLEASED } });
    } catch (error) {
      this.logger.warn({ err: error }, 'could not release outbox claims; they are retried when the lease ends');
    }
  }
}

function isClaimed(result: WriteResult): result is OutboxEntry {
  return result !== null;
}
