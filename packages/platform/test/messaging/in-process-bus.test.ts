import { busDeliveriesCollection, createInProcessBus, topicMatches, type InProcessBus } from '../../src/messaging/in-process-bus';
import type { BusOptions } from '../../src/messaging/bus';
import { gate, openStore, recordingHandler, silentLogger, tempDirectory, testBusOptions, testEvent, waitFor, type TempDirectory } from './support';

describe('topic matching (AMQP rules)', () => {
  it.each([
    ['ticket.redeemed.v1', 'ticket.redeemed.v1', true],
    ['ticket.*.v1', 'ticket.redeemed.v1', true],
    ['ticket.*.v1', 'ticket.redeemed.v2', false],
    ['ticket.*', 'ticket.redeemed.v1', false],
    ['ticket.#', 'ticket', true],
    ['ticket.#', 'ticket.redeemed.v1', true],
    ['#', '', true],
    ['*', '', false],
    ['#.v1', 'order.created.v1', true],
    ['ticket.#.v1', 'ticket.v1', true],
    ['a.*.#.b', 'a.b', false],
    ['a.*.#.b', 'a.x.y.z.b', true],
  ])('%s against %s: %s', (pattern, key, expected) => {
    expect(topicMatches(pattern, key)).toBe(expected);
  });
});

describe('in-process event bus', () => {
  let directory: TempDirectory;
  const buses: InProcessBus[] = [];

  beforeEach(() => {
    directory = tempDirectory();
  });

  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
    directory.remove();
  });

  async function openBus(options: BusOptions, overrides: { leaseMs?: number; pollIntervalMs?: number } = {}): Promise<InProcessBus> {
    const bus = await createInProcessBus({ store: openStore(directory.file('bus.sqlite')), options, logger: silentLogger, ...overrides });
    buses.push(bus);
    return bus;
  }

  it('wakes the consumer on publish instead of waiting for its poll', async () => {
    const bus = await openBus(testBusOptions(), { pollIntervalMs: 60_000 });
    const { handler, seen } = recordingHandler();
    await bus.subscribe('notification', ['order.*.v1'], handler);
    const event = testEvent('order.paid');
    const started = Date.now();
    await bus.publish([event]);
    await waitFor(() => seen.length === 1, 'the delivery');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(seen[0]).toEqual(event);
  });

  it('queues one delivery per bound consumer and none for an event nobody is bound for', async () => {
    const options = testBusOptions();
    const bus = await openBus(options);
    await bus.subscribe('a', ['ticket.#'], async () => undefined);
    await bus.subscribe('b', ['ticket.redeemed.*', 'ticket.#'], async () => undefined);
    await bus.stopConsuming();
    const store = openStore(directory.file('bus.sqlite'));
    try {
      await bus.publish([testEvent('ticket.redeemed'), testEvent('order.created')]);
      const deliveries = await store.collection(busDeliveriesCollection).find({ exchange: options.exchange });
      expect(deliveries.map((delivery) => delivery.consumer).sort()).toEqual(['a', 'b']);
    } finally {
      await store.close();
    }
  });

  it('T7: dead-letters a poison event after exactly maxAttempts runs while later events keep flowing', async () => {
    const bus = await openBus(testBusOptions({ maxAttempts: 4, retryDelayMs: 20 }));
    const poison = testEvent('payment.captured', { poison: true });
    const good = Array.from({ length: 20 }, (_, index) => testEvent('payment.captured', { index }));
    const attempts: number[] = [];
    const { handler, seen } = recordingHandler(async (envelope, delivery) => {
      if (envelope.id !== poison.id) return;
      attempts.push(delivery.attempt);
      throw new Error('cannot apply this capture');
    });
    await bus.subscribe('settlement', ['payment.#'], handler);

    await bus.publish([poison]);
    await bus.publish(good);

    const [dead] = await waitFor(async () => {
      const letters = await bus.deadLetters('settlement');
      return letters.length === 1 && letters;
    }, 'the poison event dead-lettered');
    await waitFor(() => good.every((event) => seen.some((envelope) => envelope.id === event.id)), 'every good event');
    expect(attempts).toEqual([1, 2, 3, 4]);
    expect(dead).toMatchObject({ envelope: poison, attempts: 4 });
    expect(dead!.lastError).toContain('cannot apply this capture');
  });

  it('survives a restart: deliveries left in the store are consumed by a new bus instance', async () => {
    const options = testBusOptions();
    const first = await openBus(options);
    await first.subscribe('issuance', ['order.#'], async () => undefined);
    await first.stopConsuming();
    const events = Array.from({ length: 10 }, (_, index) => testEvent('order.paid', { index }));
    await first.publish(events);
    await first.close();

    const second = await openBus(options);
    const { handler, seen } = recordingHandler();
    await second.subscribe('issuance', ['order.#'], handler);
    await waitFor(() => seen.length === 10, 'the ten pending deliveries');
    expect(seen.map((envelope) => envelope.id).sort()).toEqual(events.map((event) => event.id).sort());
  });

  it('redelivers a delivery whose claimant died once its lease ends, flagged as redelivered', async () => {
    const options = testBusOptions();
    const stuck = gate();
    // prefetch 1 and a handler that never returns: this instance claims nothing more, as if dead.
    const crashed = await openBus({ ...options, prefetch: 1 }, { leaseMs: 200 });
    const { handler: hangingHandler, seen: seenByCrashed } = recordingHandler(() => stuck.promise);
    await crashed.subscribe('issuance', ['order.#'], hangingHandler);
    const event = testEvent('order.paid');
    await crashed.publish([event]);
    await waitFor(() => seenByCrashed.length === 1, 'the first claim');

    const survivor = await openBus(options, { pollIntervalMs: 50 });
    const deliveries: { attempt: number; redelivered: boolean }[] = [];
    await survivor.subscribe('issuance', ['order.#'], async (_envelope, delivery) => void deliveries.push(delivery));
    await waitFor(() => deliveries.length === 1, 'the redelivery after the lease');
    expect(deliveries[0]).toEqual({ attempt: 2, redelivered: true });
    stuck.open();
  });

  it('stopConsuming waits for the handlers in flight', async () => {
    const bus = await openBus(testBusOptions());
    const held = gate();
    let started = false;
    let finished = false;
    await bus.subscribe('slow', ['#'], async () => {
      started = true;
      await held.promise;
      finished = true;
    });
    await bus.publish([testEvent('order.created')]);
    await waitFor(() => started, 'the handler');
    const stopping = bus.stopConsuming();
    held.open();
    await stopping;
    expect(finished).toBe(true);
  });
});
