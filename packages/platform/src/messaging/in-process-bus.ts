import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../clock';
import { runInContext } from '../context';
import { AppError, unavailable } from '../errors';
import type { Logger } from '../logging';
import {
  DuplicateKeyError,
  defineCollection,
  insertOperation,
  updateOperation,
  type CollectionSpec,
  type Store,
  type StoredDocument,
  type WriteOperation,
} from '../store/port';
import type { BusOptions, EventBus, EventHandler } from './bus';
import { routingKeyOf, type EventEnvelope } from './envelope';

/**
 * The EventBus of the all-in-one mode without RabbitMQ, with the same semantics, kept in a store so
 * nothing is lost when the process dies:
 *
 * - `bus_bindings` holds each consumer's routing-key patterns (its "queue bindings");
 * - `publish` writes one `bus_deliveries` row per matching consumer and event in one atomic write,
 *   which is the publisher confirm; an event no consumer is bound for is not wanted and is dropped;
 * - a consumer claims due rows with a conditional update that pushes `availableAt` past a lease
 *   (so a crashed claimant's rows come back), runs the handler, deletes the row on success,
 *   postpones it by `retryDelayMs` on failure and dead-letters it once `maxAttempts` runs failed.
 *
 * Like RabbitMQ, a duplicate publish is delivered twice (consumers are idempotent through their
 * inbox): a unique (consumer, eventId) would need an insert-if-absent the store port does not have,
 * and would still not stop a duplicate published after the first copy was consumed and deleted.
 */
export interface InProcessBusConfig {
  /** The bus's own store; the bus closes it on close(). */
  readonly store: Store;
  readonly options: BusOptions;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** How long a claimed delivery stays invisible to other claimants; a handler running longer may be run twice. */
  readonly leaseMs?: number;
  /** Safety poll for deliveries written by another bus instance on the same store or whose lease expired. */
  readonly pollIntervalMs?: number;
}

export interface DeadLetter {
  readonly deliveryId: string;
  readonly envelope: EventEnvelope;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly deadAt: string;
}

export interface InProcessBus extends EventBus {
  readonly kind: 'in-process';
  /** What the consumer's dead-letter queue holds, oldest first. */
  deadLetters(consumer: string): Promise<DeadLetter[]>;
}

export interface BusBinding extends StoredDocument {
  readonly exchange: string;
  readonly consumer: string;
  readonly pattern: string;
}

export interface BusDelivery extends StoredDocument {
  readonly exchange: string;
  readonly consumer: string;
  readonly eventId: string;
  readonly envelope: EventEnvelope;
  readonly status: 'ready' | 'dead';
  /** When a ready delivery may next be claimed: now, after a retry delay, or when a claim's lease ends. */
  readonly availableAt: string;
  /** Claims so far, crashed ones included; also the version a claimant's follow-up update checks. */
  readonly deliveries: number;
  /** Handler runs known to have ended in failure. */
  readonly failures: number;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly deadAt: string | null;
}

export const busBindingsCollection = defineCollection<BusBinding>('bus_bindings', [{ fields: ['exchange', 'consumer', 'pattern'], unique: true }]);

export const busDeliveriesCollection = defineCollection<BusDelivery>('bus_deliveries', [
  { fields: ['exchange', 'consumer', 'status', 'availableAt'] },
  { fields: ['eventId'] },
]);

export async function createInProcessBus(config: InProcessBusConfig): Promise<InProcessBus> {
  await config.store.ensureCollections([busBindingsCollection, busDeliveriesCollection] as CollectionSpec<StoredDocument>[]);
  return new StoreBackedBus(config);
}

/**
 * AMQP topic matching: words are separated by dots, `*` stands for exactly one word and `#` for zero
 * or more words.
 */
export function topicMatches(pattern: string, routingKey: string): boolean {
  return matchWords(wordsOf(pattern), 0, wordsOf(routingKey), 0);
}

function wordsOf(key: string): string[] {
  return key === '' ? [] : key.split('.');
}

function matchWords(pattern: readonly string[], p: number, key: readonly string[], k: number): boolean {
  if (p === pattern.length) return k === key.length;
  const word = pattern[p];
  if (word === '#') {
    for (let skipped = k; skipped <= key.length; skipped += 1) if (matchWords(pattern, p + 1, key, skipped)) return true;
    return false;
  }
  return k < key.length && (word === '*' || word === key[k]) && matchWords(pattern, p + 1, key, k + 1);
}

const DEFAULT_LEASE_MS = 60_000;
const DEFAULT_POLL_INTERVAL_MS = 1_000;

class StoreBackedBus implements InProcessBus {
  readonly kind = 'in-process' as const;
  private readonly consumers = new Map<string, ConsumerLoop>();
  private readonly clock: Clock;
  private readonly logger: Logger;
  private consuming = true;
  private closed = false;

  constructor(private readonly config: InProcessBusConfig) {
    this.clock = config.clock ?? systemClock;
    this.logger = config.logger.child({ component: 'in-process-bus', exchange: config.options.exchange });
  }

  isConnected(): boolean {
    return !this.closed;
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    this.assertOpen();
    if (envelopes.length === 0) return;
    const patternsByConsumer = await this.bindings();
    const now = this.clock.now().toISOString();
    const operations: WriteOperation[] = [];
    const woken = new Set<string>();
    for (const envelope of envelopes) {
      const consumers = matchingConsumers(patternsByConsumer, routingKeyOf(envelope));
      if (consumers.length === 0) this.logger.debug({ routingKey: routingKeyOf(envelope), eventId: envelope.id }, 'event routed to no consumer: nobody consumes it');
      for (const consumer of consumers) {
        operations.push(insertOperation(busDeliveriesCollection, this.newDelivery(consumer, envelope, now)));
        woken.add(consumer);
      }
    }
    if (operations.length > 0) await this.config.store.write(operations);
    for (const consumer of woken) this.consumers.get(consumer)?.wake();
  }

  async subscribe(consumer: string, patterns: readonly string[], handler: EventHandler): Promise<void> {
    this.assertOpen();
    if (!this.consuming) throw new Error('the bus has stopped consuming');
    if (this.consumers.has(consumer)) throw new Error(`consumer ${consumer} is already subscribed`);
    if (patterns.length === 0) throw new Error(`consumer ${consumer} needs at least one routing-key pattern`);
    for (const pattern of patterns) await this.bind(consumer, pattern);
    const loop = new ConsumerLoop(consumer, handler, this.config, this.clock, this.logger.child({ consumer }));
    this.consumers.set(consumer, loop);
    loop.wake();
  }

  async stopConsuming(): Promise<void> {
    this.consuming = false;
    await Promise.all([...this.consumers.values()].map((loop) => loop.stop()));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.stopConsuming();
    this.closed = true;
    await this.config.store.close();
  }

  async deadLetters(consumer: string): Promise<DeadLetter[]> {
    const rows = await this.config.store
      .collection(busDeliveriesCollection)
      .find({ exchange: this.config.options.exchange, consumer, status: 'dead' }, { sort: { deadAt: 1 } });
    return rows.map((row) => ({ deliveryId: row.id, envelope: row.envelope, attempts: row.failures, lastError: row.lastError, deadAt: row.deadAt ?? row.createdAt }));
  }

  private async bind(consumer: string, pattern: string): Promise<void> {
    const { exchange } = this.config.options;
    try {
      await this.config.store.collection(busBindingsCollection).insert({ id: randomUUID(), exchange, consumer, pattern });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }

  /** Read on every publish: another bus instance on the same store may have added bindings. */
  private async bindings(): Promise<Map<string, string[]>> {
    const rows = await this.config.store.collection(busBindingsCollection).find({ exchange: this.config.options.exchange });
    const byConsumer = new Map<string, string[]>();
    for (const row of rows) byConsumer.set(row.consumer, [...(byConsumer.get(row.consumer) ?? []), row.pattern]);
    return byConsumer;
  }

  private newDelivery(consumer: string, envelope: EventEnvelope, now: string): BusDelivery {
    return {
      id: randomUUID(),
      exchange: this.config.options.exchange,
      consumer,
      eventId: envelope.id,
      envelope,
      status: 'ready',
      availableAt: now,
      deliveries: 0,
      failures: 0,
      lastError: null,
      createdAt: now,
      deadAt: null,
    };
  }

  private assertOpen(): void {
    if (this.closed) throw unavailable('BUS_CLOSED', 'The event bus is closed.');
  }
}

function matchingConsumers(patternsByConsumer: ReadonlyMap<string, readonly string[]>, routingKey: string): string[] {
  return [...patternsByConsumer].filter(([, patterns]) => patterns.some((pattern) => topicMatches(pattern, routingKey))).map(([consumer]) => consumer);
}

/**
 * One consumer's delivery loop: claims due deliveries up to `prefetch` in flight, and sleeps until
 * the next one is due (at most the poll interval) or until a publish in this process wakes it.
 */
class ConsumerLoop {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly leaseMs: number;
  private readonly pollIntervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private pumping: Promise<void> | null = null;
  private wokenWhilePumping = false;
  private stopped = false;

  constructor(
    private readonly consumer: string,
    private readonly handler: EventHandler,
    private readonly config: InProcessBusConfig,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.leaseMs = config.leaseMs ?? DEFAULT_LEASE_MS;
    this.pollIntervalMs = config.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  }

  wake(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.wokenWhilePumping = true;
      return;
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = null;
      if (this.wokenWhilePumping) this.wake();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await this.pumping;
    await Promise.all([...this.inFlight]);
  }

  private async pump(): Promise<void> {
    try {
      do {
        this.wokenWhilePumping = false;
        while (!this.stopped && (await this.claimAndStart()) > 0);
        if (!this.stopped) await this.sleepUntilNextDue();
      } while (this.wokenWhilePumping && !this.stopped);
    } catch (error) {
      this.logger.warn({ err: error }, 'claiming deliveries failed; retrying after the poll interval');
      this.sleep(this.pollIntervalMs);
    }
  }

  /** Claims as many due deliveries as there is room for and starts their handlers; returns how many. */
  private async claimAndStart(): Promise<number> {
    const room = this.config.options.prefetch - this.inFlight.size;
    if (room <= 0) return 0;
    const now = this.clock.now();
    const deliveries = this.config.store.collection(busDeliveriesCollection);
    const due = await deliveries.find(
      { exchange: this.config.options.exchange, consumer: this.consumer, status: 'ready', availableAt: { $lte: now.toISOString() } },
      { sort: { availableAt: 1 }, limit: room },
    );
    if (due.length === 0) return 0;
    const leaseUntil = new Date(now.getTime() + this.leaseMs).toISOString();
    const claims = await this.config.store.write(
      due.map((delivery) =>
        updateOperation(
          busDeliveriesCollection,
          { id: delivery.id, status: 'ready', deliveries: delivery.deliveries, availableAt: delivery.availableAt },
          { $set: { availableAt: leaseUntil }, $inc: { deliveries: 1 } },
          false,
        ),
      ),
    );
    const claimed = claims.filter((claim): claim is BusDelivery => claim !== null);
    for (const delivery of claimed) this.track(this.deliver(delivery));
    return claimed.length;
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => {
      this.inFlight.delete(work);
      this.wake();
    });
  }

  private async sleepUntilNextDue(): Promise<void> {
    if (this.inFlight.size >= this.config.options.prefetch) return; // a finishing handler wakes the loop
    const next = await this.config.store
      .collection(busDeliveriesCollection)
      .findOne({ exchange: this.config.options.exchange, consumer: this.consumer, status: 'ready' }, { sort: { availableAt: 1 } });
    const untilDue = next ? Date.parse(next.availableAt) - this.clock.now().getTime() : this.pollIntervalMs;
    this.sleep(Math.min(this.pollIntervalMs, Math.max(0, untilDue)));
  }

  private sleep(delayMs: number): void {
    this.clearTimer();
    if (this.stopped) return;
    this.timer = setTimeout(() => this.wake(), delayMs);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async deliver(delivery: BusDelivery): Promise<void> {
    const attempt = delivery.deliveries;
    const { maxAttempts } = this.config.options;
    if (attempt > maxAttempts) {
      await this.fail(delivery, attempt, new Error(`delivered ${attempt} times: earlier deliveries were never settled (consumer crashes)`));
      return;
    }
    const { envelope } = delivery;
    try {
      await runInContext({ correlationId: envelope.correlationId, causationId: envelope.id }, () =>
        this.handler(envelope, { attempt, redelivered: attempt - 1 > delivery.failures }),
      );
    } catch (error) {
      await this.fail(delivery, attempt, error);
      return;
    }
    await this.settle(() => this.config.store.collection(busDeliveriesCollection).deleteMany({ id: delivery.id }));
  }

  private async fail(delivery: BusDelivery, attempt: number, error: unknown): Promise<void> {
    const exhausted = attempt >= this.config.options.maxAttempts;
    const now = this.clock.now();
    const context = { eventId: delivery.eventId, attempt, err: error };
    if (exhausted) this.logger.error(context, 'event dead-lettered after its last attempt failed');
    else this.logger.warn({ ...context, retryInMs: this.config.options.retryDelayMs }, 'event handler failed; retrying later');
    const outcome = exhausted
      ? { status: 'dead', deadAt: now.toISOString() }
      : { availableAt: new Date(now.getTime() + this.config.options.retryDelayMs).toISOString() };
    // Only if nobody claimed the delivery again after this claim's lease ran out.
    await this.settle(() =>
      this.config.store
        .collection(busDeliveriesCollection)
        .updateOne({ id: delivery.id, deliveries: delivery.deliveries }, { $set: { ...outcome, failures: attempt, lastError: describeError(error) } }),
    );
  }

  /** A failed bookkeeping write leaves the delivery claimed: it is delivered again when its lease ends. */
  private async settle(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.logger.warn({ err: error }, 'could not record the outcome of a delivery; it will be redelivered after its lease');
    }
  }
}

function describeError(error: unknown): string {
  const text = error instanceof AppError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  return text.slice(0, 1000);
}
