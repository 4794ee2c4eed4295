import { randomUUID } from 'node:crypto';
import { runInContext } from '../../src/context';
import { ManualClock } from '../../src/clock';
import type { EventBus } from '../../src/messaging/bus';
import type { EventEnvelope } from '../../src/messaging/envelope';
import { consumeOnce, inboxCollection } from '../../src/messaging/inbox';
import { buildEnvelope, OutboxRelay, outboxCollection, outboxInsert } from '../../src/messaging/outbox';
import { defineCollection, insertOperation, type CollectionSpec, type Store, type StoredDocument } from '../../src/store/port';
import { busFactories, openStore, silentLogger, tempDirectory, testBusOptions, testEvent, waitFor, type BusFactory, type BusUnderTest, type TempDirectory } from './support';

const tickets = defineCollection<{ id: string; orderId: string }>('tickets');
const serviceCollections = [tickets, outboxCollection, inboxCollection] as CollectionSpec<StoredDocument>[];

describe('buildEnvelope', () => {
  it('fills id, occurredAt from the clock and correlation/causation from the current context', () => {
    const clock = new ManualClock('2026-05-01T10:00:00.000Z');
    const envelope = runInContext({ correlationId: 'corr-9', causationId: 'evt-0' }, () =>
      buildEnvelope({ type: 'ticket.issued', version: 1, producer: 'issuance', merchantId: 'm-1', data: { ticketId: 't-1' } }, clock),
    );
    expect(envelope).toEqual({
      id: expect.any(String),
      type: 'ticket.issued',
      version: 1,
      occurredAt: '2026-05-01T10:00:00.000Z',
      producer: 'issuance',
      merchantId: 'm-1',
      correlationId: 'corr-9',
      causationId: 'evt-0',
      data: { ticketId: 't-1' },
    });
  });

  it('starts a new correlation with its own id outside any context', () => {
    const envelope = buildEnvelope({ type: 'order.expired', version: 1, producer: 'issuance', merchantId: null, data: {} });
    expect(envelope.correlationId).toBe(envelope.id);
    expect(envelope.causationId).toBeNull();
  });
});

describe('outbox relay against a bus that fails', () => {
  let directory: TempDirectory;
  let store: Store;

  beforeEach(async () => {
    directory = tempDirectory();
    store = openStore(directory.file('service.sqlite'));
    await store.ensureCollections(serviceCollections);
  });

  afterEach(async () => {
    await store.close();
    directory.remove();
  });

  it('keeps entries pending (and claimable at once) when the publish is not confirmed', async () => {
    let healthy = false;
    const published: EventEnvelope[] = [];
    const bus: EventBus = {
      kind: 'in-process',
      publish: async (envelopes) => {
        if (!healthy) throw new Error('no confirm');
        published.push(...envelopes);
      },
      subscribe: async () => undefined,
      stopConsuming: async () => undefined,
      isConnected: () => healthy,
      close: async () => undefined,
    };
    const relay = new OutboxRelay({ store, bus, logger: silentLogger });
    const event = testEvent('order.created');
    await store.write([outboxInsert(event)]);

    await expect(relay.flush()).rejects.toThrow('no confirm');
    expect(await store.collection(outboxCollection).get(event.id)).toMatchObject({ status: 'pending', attempts: 1, leaseOwner: null, sentAt: null });

    healthy = true;
    await expect(relay.flush()).resolves.toBe(1);
    expect(await store.collection(outboxCollection).get(event.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(published).toEqual([event]);
  });
});

describe.each(busFactories)('outbox and inbox over the %s bus', (_kind, createFactory) => {
  let factory: BusFactory;
  let directory: TempDirectory;
  let store: Store;
  let busUnderTest: BusUnderTest;

  beforeAll(async () => {
    factory = await createFactory();
  });

  afterAll(async () => {
    await factory.remove();
  });

  beforeEach(async () => {
    directory = tempDirectory();
    store = openStore(directory.file('service.sqlite'));
    await store.ensureCollections(serviceCollections);
  });

  afterEach(async () => {
    await busUnderTest.close();
    await store.close();
    directory.remove();
  });

  /** The consumer's effect: a ticket with a fresh id (so only the inbox stops a second one). */
  async function issueTicket(envelope: EventEnvelope): Promise<void> {
    await consumeOnce(store, 'issuance', envelope, async () => [insertOperation(tickets, { id: randomUUID(), orderId: envelope.id })]);
  }

  it('applies an event published through the outbox exactly once even when it is delivered twice', async () => {
    busUnderTest = await factory.open(testBusOptions());
    const { bus } = busUnderTest;
    const deliveries: string[] = [];
    await bus.subscribe('issuance', ['order.paid.v1'], async (envelope) => {
      deliveries.push(envelope.id);
      await issueTicket(envelope);
    });
    const relay = new OutboxRelay({ store, bus, logger: silentLogger });
    const event = testEvent('order.paid', { orderId: 'o-1' });
    await store.write([outboxInsert(event)]);

    await expect(relay.flush()).resolves.toBe(1);
    await bus.publish([event]); // a duplicate, as after a relay crash between confirm and marking sent

    await waitFor(() => deliveries.length === 2, 'both deliveries');
    expect(await store.collection(tickets).count({ orderId: event.id })).toBe(1);
    expect(await store.collection(inboxCollection).count({ eventId: event.id })).toBe(1);
    expect(await store.collection(outboxCollection).get(event.id)).toMatchObject({ status: 'sent', sentAt: expect.any(String) });
  });

  it('publishes right after notify() without waiting for the poll', async () => {
    busUnderTest = await factory.open(testBusOptions());
    const { bus } = busUnderTest;
    const seen: string[] = [];
    await bus.subscribe('issuance', ['order.#'], async (envelope) => void seen.push(envelope.id));
    const relay = new OutboxRelay({ store, bus, logger: silentLogger, pollIntervalMs: 60_000 });
    relay.start();
    try {
      await relay.flush(); // after the start-up drain
      const event = testEvent('order.paid');
      const committedAt = Date.now();
      await store.write([outboxInsert(event)]);
      relay.notify();
      await waitFor(() => seen.includes(event.id), 'the event consumed');
      expect(Date.now() - committedAt).toBeLessThan(500);
    } finally {
      await relay.stop();
    }
  });

  it('two relays on one store publish every event once and none is processed twice', async () => {
    busUnderTest = await factory.open(testBusOptions({ prefetch: 50 }));
    const { bus } = busUnderTest;
    const deliveriesPerEvent = new Map<string, number>();
    await bus.subscribe('issuance', ['order.#'], async (envelope) => {
      deliveriesPerEvent.set(envelope.id, (deliveriesPerEvent.get(envelope.id) ?? 0) + 1);
      await issueTicket(envelope);
    });
    const secondStore = openStore(directory.file('service.sqlite'));
    const publishedBy = [0, 0];
    // The first relay holds its claims until the second has published: both take part, whatever the timing.
    let secondPublished = (): void => undefined;
    const secondHasPublished = new Promise<void>((resolve) => (secondPublished = resolve));
    const relays = [store, secondStore].map((relayStore, index) => {
      const countingBus = countingPublishes(
        bus,
        (count) => {
          publishedBy[index]! += count;
          if (index === 1) secondPublished();
        },
        index === 0 ? secondHasPublished : Promise.resolve(),
      );
      return new OutboxRelay({ store: relayStore, bus: countingBus, logger: silentLogger, pollIntervalMs: 10, batchSize: 7 });
    });
    relays.forEach((relay) => relay.start());
    try {
      const events: EventEnvelope[] = [];
      for (let index = 0; index < 200; index += 1) {
        const event = testEvent('order.paid', { index });
        events.push(event);
        await store.write([outboxInsert(event)]);
        relays[index % 2]!.notify();
      }
      await waitFor(() => deliveriesPerEvent.size === events.length, 'every event delivered', 15_000);
      await waitFor(async () => (await store.collection(outboxCollection).count({ status: 'pending' })) === 0, 'an empty outbox');
      expect([...deliveriesPerEvent.values()].every((count) => count === 1)).toBe(true);
      expect(publishedBy[0]! + publishedBy[1]!).toBe(events.length);
      expect(Math.min(...publishedBy)).toBeGreaterThan(0);
      expect(await store.collection(tickets).count({})).toBe(events.length);
    } finally {
      await Promise.all(relays.map((relay) => relay.stop()));
      await secondStore.close();
    }
  });
});

function countingPublishes(bus: EventBus, onConfirmed: (count: number) => void, publishAfter: Promise<void>): EventBus {
  return {
    kind: bus.kind,
    publish: async (envelopes) => {
      await publishAfter;
      await bus.publish(envelopes);
      onConfirmed(envelopes.length);
    },
    subscribe: (consumer, patterns, handler) => bus.subscribe(consumer, patterns, handler),
    stopConsuming: () => bus.stopConsuming(),
    isConnected: () => bus.isConnected(),
    close: () => bus.close(),
  };
}
