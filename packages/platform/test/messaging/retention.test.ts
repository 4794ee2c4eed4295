import Database from 'better-sqlite3';
import { ManualClock } from '../../src/clock';
import { ConfigError } from '../../src/config';
import type { EventEnvelope } from '../../src/messaging/envelope';
import { createInProcessBus } from '../../src/messaging/in-process-bus';
import { consumeOnce, inboxCollection } from '../../src/messaging/inbox';
import { outboxCollection, outboxInsert } from '../../src/messaging/outbox';
import { MESSAGE_RETENTION_JOB, purgeExpiredMessages, type MessageRetention } from '../../src/messaging/retention';
import { openServiceStore, ServiceRuntime, type Environment, type HostResources } from '../../src/runtime/service-runtime';
import { defineCollection, insertOperation, type CollectionSpec, type Store, type StoredDocument } from '../../src/store/port';
import { openStore, silentLogger, tempDirectory, testEvent, type TempDirectory } from './support';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const START = '2026-03-01T00:00:00.000Z';

/** What a consumer's effect writes, so a test sees whether an event was applied once or twice. */
const effects = defineCollection<{ id: string; eventId: string }>('effects');

describe('message retention: the purge of sent outbox entries and old inbox rows', () => {
  let directory: TempDirectory;
  let clock: ManualClock;
  let runtimes: ServiceRuntime[];
  let host: HostResources;

  beforeEach(async () => {
    directory = tempDirectory();
    clock = new ManualClock(START);
    runtimes = [];
    const bus = await createInProcessBus({
      store: openStore(directory.file('bus.sqlite')),
      options: { exchange: 'retention-test', maxAttempts: 2, retryDelayMs: 10, prefetch: 5 },
      logger: silentLogger,
      clock,
    });
    host = {
      environment: { OUTBOX_RETENTION_HOURS: '72', INBOX_RETENTION_DAYS: '10' },
      bus,
      clock,
      logLevel: 'silent',
      directory: { addressOf: (service) => { throw new Error(`no ${service} here`); } },
      openStore: (service) => openServiceStore(service, { dataDir: directory.path }),
    };
  });

  afterEach(async () => {
    await host.bus.stopConsuming();
    for (const runtime of runtimes) await runtime.stop(0);
    await host.bus.close();
    directory.remove();
  });

  async function runtime(environment: Environment = host.environment): Promise<ServiceRuntime> {
    const created = await ServiceRuntime.create('notification', [effects as CollectionSpec<StoredDocument>], { ...host, environment }, '127.0.0.1:0');
    runtimes.push(created);
    return created;
  }

  /** Commits the event's outbox entry and, unless it is to stay pending, has the relay send it now. */
  async function emit(service: ServiceRuntime, options: { send: boolean }): Promise<EventEnvelope> {
    const envelope = testEvent('ticket.redeemed');
    await service.store.write([outboxInsert(envelope)]);
    if (options.send) await service.relay.flush();
    return envelope;
  }

  function consume(service: ServiceRuntime, envelope: EventEnvelope): Promise<string> {
    return consumeOnce(service.store, 'notification', envelope, () => [insertOperation(effects, { id: `effect-of-${envelope.id}`, eventId: envelope.id })], clock);
  }

  async function outboxStatus(service: ServiceRuntime, envelope: EventEnvelope): Promise<string> {
    return (await service.store.collection(outboxCollection).get(envelope.id))?.status ?? 'purged';
  }

  it('deletes sent outbox entries after OUTBOX_RETENTION_HOURS, keeps the recent ones and never deletes a pending one', async () => {
    const service = await runtime();
    const sentLongAgo = await emit(service, { send: true });
    clock.advance(71 * HOUR);
    const sentRecently = await emit(service, { send: true });

    clock.set(new Date(Date.parse(START) + 72 * HOUR + 1));
    expect(await service.scheduler.runDueJobs()).toContain(MESSAGE_RETENTION_JOB);
    expect(await outboxStatus(service, sentLongAgo)).toBe('purged');
    expect(await outboxStatus(service, sentRecently)).toBe('sent');

    // The broker is unreachable for days: the entry stays pending, whatever its age.
    const stillPending = await emit(service, { send: false });
    clock.advance(73 * HOUR);
    expect(await service.scheduler.runDueJobs()).toContain(MESSAGE_RETENTION_JOB);
    expect(await outboxStatus(service, sentRecently)).toBe('purged');
    expect(await outboxStatus(service, stillPending)).toBe('pending');
  });

  it('deletes inbox rows after INBOX_RETENTION_DAYS; a duplicate of a recent event is still recognised after the purge', async () => {
    const service = await runtime();
    const old = testEvent('order.issued');
    const recent = testEvent('order.issued');
    await expect(consume(service, old)).resolves.toBe('applied');
    clock.advanceDays(9);
    await expect(consume(service, recent)).resolves.toBe('applied');

    clock.set(new Date(Date.parse(START) + 10 * DAY + 1));
    expect(await service.scheduler.runDueJobs()).toContain(MESSAGE_RETENTION_JOB);

    const inbox = service.store.collection(inboxCollection);
    expect(await inbox.count({ eventId: old.id })).toBe(0);
    expect(await inbox.count({ eventId: recent.id })).toBe(1);
    await expect(consume(service, recent)).resolves.toBe('duplicate');
    expect(await service.store.collection(effects).count({ eventId: recent.id })).toBe(1);
  });

  it('runs once per interval across two runtimes sharing the store, whose job lease keeps the other out', async () => {
    const replicas = [await runtime(), await runtime()];
    const [first, second] = replicas as [ServiceRuntime, ServiceRuntime];
    const retentionRuns = async (): Promise<number> => {
      const ran = await Promise.all(replicas.map((replica) => replica.scheduler.runDueJobs()));
      return ran.filter((names) => names.includes(MESSAGE_RETENTION_JOB)).length;
    };
    await emit(first, { send: true });

    expect(await retentionRuns()).toBe(1);
    clock.advance(30_000);
    expect(await retentionRuns()).toBe(0);
    clock.advance(30_000);
    expect(await retentionRuns()).toBe(1);

    clock.advance(72 * HOUR);
    expect(await retentionRuns()).toBe(1);
    expect(await second.store.collection(outboxCollection).count({})).toBe(0);
  });

  it('reads its retention from the environment, refusing an inbox retention below the minimum', async () => {
    await expect(runtime({ INBOX_RETENTION_DAYS: '6' })).rejects.toThrow(ConfigError);
    await expect(runtime({ INBOX_RETENTION_DAYS: '6' })).rejects.toThrow(/INBOX_RETENTION_DAYS is invalid: must be at least 7/);
    await expect(runtime({ OUTBOX_RETENTION_HOURS: 'three days' })).rejects.toThrow(/OUTBOX_RETENTION_HOURS is invalid/);
  });
});

describe('purgeExpiredMessages on a store with a backlog', () => {
  const retention: MessageRetention = { sentOutboxMs: 72 * HOUR, inboxMs: 30 * DAY };
  const limits = { batchSize: 3, maxBatchesPerRun: 2 };
  const now = new Date(Date.parse(START) + 60 * DAY);
  let directory: TempDirectory;
  let store: Store;

  beforeEach(async () => {
    directory = tempDirectory();
    store = openStore(directory.file('service.sqlite'));
    await store.ensureCollections([outboxCollection, inboxCollection] as CollectionSpec<StoredDocument>[]);
  });

  afterEach(async () => {
    await store.close();
    directory.remove();
  });

  /** `count` sent outbox entries and inbox rows, a minute apart from START on, all past their retention at `now`. */
  async function backlog(count: number): Promise<void> {
    const rows = Array.from({ length: count }, (_, n) => {
      const at = new Date(Date.parse(START) + n * 60_000).toISOString();
      const envelope = { ...testEvent('ticket.redeemed'), id: `event-${n}` };
      return [
        insertOperation(outboxCollection, { id: envelope.id, envelope, status: 'sent', createdAt: at, attempts: 1, leaseUntil: null, leaseOwner: null, sentAt: at }),
        insertOperation(inboxCollection, { id: `notification/${envelope.id}`, consumer: 'notification', eventId: envelope.id, eventType: envelope.type, processedAt: at }),
      ];
    });
    await store.write(rows.flat());
  }

  /** How many rows each deleteMany removed, in order. */
  function recordDeletes(): number[] {
    const deletes: number[] = [];
    const collectionOf = store.collection.bind(store);
    jest.spyOn(store, 'collection').mockImplementation((spec) => {
      const collection = collectionOf(spec);
      const deleteMany = collection.deleteMany.bind(collection);
      collection.deleteMany = async (filter) => {
        const deleted = await deleteMany(filter);
        deletes.push(deleted);
        return deleted;
      };
      return collection;
    });
    return deletes;
  }

  it('deletes at most batchSize rows per write and maxBatchesPerRun batches per collection and run, oldest first', async () => {
    await backlog(10);
    const deletes = recordDeletes();

    expect(await purgeExpiredMessages(store, retention, now, limits)).toEqual({ sentOutbox: 6, inbox: 6 });
    expect(deletes).toEqual([3, 3, 3, 3]);
    const left = (await store.collection(outboxCollection).find({}, { sort: { sentAt: 1 } })).map((entry) => entry.id);
    expect(left).toEqual(['event-6', 'event-7', 'event-8', 'event-9']);

    expect(await purgeExpiredMessages(store, retention, now, limits)).toEqual({ sentOutbox: 4, inbox: 4 });
    expect(deletes.slice(4)).toEqual([3, 1, 3, 1]);
    expect(await purgeExpiredMessages(store, retention, now, limits)).toEqual({ sentOutbox: 0, inbox: 0 });
    expect(deletes).toHaveLength(8);
  });

  it('finds and deletes through indexes, not by scanning the table (SQLite query plans)', async () => {
    await backlog(10);
    const prepare = jest.spyOn(Database.prototype, 'prepare');
    await purgeExpiredMessages(store, retention, now, limits);
    const statements = prepare.mock.calls.map(([sql]) => sql).filter((sql) => /^(SELECT|DELETE) .*"(outbox|inbox)"/.test(sql));
    prepare.mockRestore();

    const reader = new Database(directory.file('service.sqlite'), { readonly: true });
    const plan = (sql: string): string => {
      const placeholders = sql.split('?').length - 1;
      const rows = reader.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...new Array<null>(placeholders).fill(null)) as { detail: string }[];
      return rows.map((row) => row.detail).join('; ');
    };
    const plans = statements.map(plan);
    reader.close();

    expect(plans).toEqual([
      expect.stringMatching(/^SEARCH outbox USING INDEX ix:outbox:status,sentAt \(<expr>=\? AND <expr><\?\)$/),
      expect.stringMatching(/^SEARCH outbox USING INDEX sqlite_autoindex_outbox_1 \(id=\?\)/),
      expect.stringMatching(/^SEARCH inbox USING INDEX ix:inbox:processedAt \(<expr><\?\)$/),
      expect.stringMatching(/^SEARCH inbox USING INDEX sqlite_autoindex_inbox_1 \(id=\?\)/),
    ]);
  });
});
