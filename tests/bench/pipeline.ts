import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OutboxRelay,
  buildEnvelope,
  consumeOnce,
  createLogger,
  createRabbitMqBus,
  createSqliteStore,
  defineCollection,
  inboxCollection,
  insertOperation,
  outboxCollection,
  outboxInsert,
  type BusOptions,
  type EventBus,
  type Logger,
  type Store,
  type StoredDocument,
} from '@ecticket/platform';
import { deleteTopology } from '../support/rabbitmq';
import { assertLoopback } from './rabbit';

export interface PipelineFigure {
  /** Events per second from the relay's start until the consumer's inbox holds every one. */
  readonly eventsPerSecond: number;
  readonly events: number;
  /** Distinct events applied through the inbox (duplicates not counted). */
  readonly consumed: number;
  readonly duplicates: number;
  /** Time to fill the outbox (not part of the figure). */
  readonly writeSeconds: number;
}

/** The consumer's effect: one row per event, committed with its inbox row. */
interface Recorded extends StoredDocument {
  readonly eventId: string;
  readonly n: number;
}
const recordedCollection = defineCollection<Recorded>('bench_recorded');

const CONSUMER = 'bench-recorder';

/** The platform's defaults (README: BUS_MAX_ATTEMPTS, BUS_RETRY_DELAY_MS, BUS_PREFETCH). */
function busOptions(exchange: string): BusOptions {
  return { exchange, maxAttempts: 5, retryDelayMs: 1000, prefetch: 50 };
}

/**
 * P4: the kernel's event pipeline on real RabbitMQ. `events` outbox rows are committed first (one
 * atomic store.write each, as a service commits a change with its event); then the timer starts, an
 * OutboxRelay publishes them through one RabbitMqBus (the producer service's) and a subscriber on
 * another RabbitMqBus (the consumer service's connection) applies each through `consumeOnce` into
 * its own SQLite store; the timer stops when the last distinct event is in the inbox. Unique
 * exchange, its queues deleted afterwards; bounded by `seconds`.
 */
export async function measureEventPipeline(url: string, events: number, seconds: number): Promise<PipelineFigure> {
  assertLoopback(url);
  const dir = mkdtempSync(join(tmpdir(), 'ecticket-bench-p4-'));
  const exchange = `bench.p4.${process.pid}.${Date.now()}`;
  const logger: Logger = createLogger({ service: 'bench-p4', level: 'warn', destination: { write: (line: string) => process.stderr.write(line) } });
  const producerStore: Store = createSqliteStore({ file: join(dir, 'producer.sqlite') });
  const consumerStore: Store = createSqliteStore({ file: join(dir, 'consumer.sqlite') });
  const buses: EventBus[] = [];
  let relay: OutboxRelay | null = null;
  try {
    await producerStore.ensureCollections([outboxCollection]);
    await consumerStore.ensureCollections([inboxCollection, recordedCollection]);

    const writeStart = performance.now();
    for (let n = 0; n < events; n++) {
      const envelope = buildEnvelope({ type: 'bench.recorded', version: 1, producer: 'bench', merchantId: 'mer_01HZX2', data: { n, ticketCode: 'K7QX-4M2P-9D3H' } });
      await producerStore.write([outboxInsert(envelope)]);
    }
    const writeSeconds = (performance.now() - writeStart) / 1000;

    const consumerBus = await createRabbitMqBus({ url, options: busOptions(exchange), logger });
    buses.push(consumerBus);
    const producerBus = await createRabbitMqBus({ url, options: busOptions(exchange), logger });
    buses.push(producerBus);

    let consumed = 0;
    let duplicates = 0;
    let allConsumed: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      allConsumed = resolve;
    });
    // Subscribing first declares and binds the consumer's queue, so no event is routed nowhere.
    await consumerBus.subscribe(CONSUMER, ['bench.#'], async (envelope) => {
      const outcome = await consumeOnce(consumerStore, CONSUMER, envelope, () => [
        insertOperation(recordedCollection, { id: envelope.id, eventId: envelope.id, n: (envelope.data as { n: number }).n }),
      ]);
      if (outcome === 'duplicate') duplicates++;
      else if (++consumed === events) allConsumed();
    });

    const t0 = performance.now();
    relay = new OutboxRelay({ store: producerStore, bus: producerBus, logger });
    relay.start();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([done, new Promise<void>((resolve) => (timer = setTimeout(resolve, seconds * 1000)))]);
    clearTimeout(timer);
    const elapsed = (performance.now() - t0) / 1000;
    return { eventsPerSecond: consumed / elapsed, events, consumed, duplicates, writeSeconds };
  } finally {
    // Buses first: after a timeout, relay.stop() would otherwise publish everything still pending.
    for (const bus of buses) await bus.close();
    await relay?.stop();
    await producerStore.close();
    await consumerStore.close();
    await deleteTopology(url, exchange, [CONSUMER]).catch((error: unknown) => process.stderr.write(`bench: P4 cleanup of ${exchange} failed: ${String(error)}\n`));
    rmSync(dir, { recursive: true, force: true });
  }
}
