import pino from 'pino';
import type { DeliveryInfo, EventBus } from '../../src/messaging/bus';
import { consumeOnce, inboxCollection } from '../../src/messaging/inbox';
import { OutboxRelay, outboxCollection, outboxInsert } from '../../src/messaging/outbox';
import { consumerQueueNames, createRabbitMqBus } from '../../src/messaging/rabbitmq-bus';
import { defineCollection, insertOperation, type CollectionSpec, type Store, type StoredDocument } from '../../src/store/port';
import { createTestBroker, gate, openStore, rabbitmqctl, silentLogger, startBrokerProxy, tempDirectory, testBusOptions, testEvent, waitFor, type BrokerProxy, type TempDirectory, type TestBroker } from './support';

const orders = defineCollection<{ id: string; eventId: string }>('orders');
const effects = defineCollection<{ id: string }>('effects');

describe('RabbitMQ bus across lost connections (T6)', () => {
  let broker: TestBroker;
  let directory: TempDirectory;
  let store: Store;
  let bus: EventBus | undefined;
  let proxy: BrokerProxy | undefined;

  beforeAll(async () => {
    broker = await createTestBroker();
  });

  afterAll(async () => {
    await broker.remove();
  });

  beforeEach(async () => {
    directory = tempDirectory();
    store = openStore(directory.file('service.sqlite'));
    await store.ensureCollections([orders, effects, outboxCollection, inboxCollection] as CollectionSpec<StoredDocument>[]);
  });

  afterEach(async () => {
    await bus?.close();
    bus = undefined;
    await proxy?.cut();
    proxy = undefined;
    await store.close();
    directory.remove();
  });

  it('resumes publishing and consuming by itself after the broker closes every connection, losing nothing', async () => {
    const logLines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
    const options = testBusOptions({ maxAttempts: 5, prefetch: 10 });
    bus = await createRabbitMqBus({ url: broker.url, options, logger, reconnectDelayMs: { initial: 50, max: 500 } });
    const relay = new OutboxRelay({ store, bus, logger, pollIntervalMs: 50 });
    let deliveries = 0;
    await bus.subscribe('fulfilment', ['order.#'], async (envelope) => {
      deliveries += 1;
      await new Promise((resolve) => setTimeout(resolve, 1)); // keep deliveries in flight when the connection drops
      await consumeOnce(store, 'fulfilment', envelope, () => [insertOperation(effects, { id: envelope.id })]);
    });
    relay.start();

    const placeOrders = async (count: number): Promise<void> => {
      for (let index = 0; index < count; index += 1) {
        const event = testEvent('order.created', { index });
        await store.write([insertOperation(orders, { id: `order-${event.id}`, eventId: event.id }), outboxInsert(event)]);
        relay.notify();
      }
    };
    await placeOrders(100);
    await waitFor(() => deliveries > 0, 'the first deliveries');
    await rabbitmqctl('close_all_connections', '-p', broker.vhost, 'test');
    await placeOrders(200);

    const effectsApplied = store.collection(effects);
    await waitFor(async () => (await effectsApplied.count({})) === 300, 'all 300 effects', 20_000);
    await waitFor(async () => (await store.collection(outboxCollection).count({ status: 'pending' })) === 0, 'an empty outbox');
    await relay.stop();
    await bus.stopConsuming();
    expect(await store.collection(inboxCollection).count({})).toBe(300);
    expect(deliveries).toBeGreaterThanOrEqual(300);
    expect(logLines.filter((line) => line.includes('RabbitMQ connection lost')).length).toBeGreaterThanOrEqual(1);
    expect(logLines.filter((line) => line.includes('"RabbitMQ connected"')).length).toBeGreaterThanOrEqual(2);
    expect(bus.isConnected()).toBe(true);
    await expect(broker.messageCount(consumerQueueNames(options.exchange, 'fulfilment').deadLetter)).resolves.toBe(0);
  });

  it('holds a publish while the broker is unreachable and resolves it only once confirmed after reconnecting', async () => {
    proxy = await startBrokerProxy(broker.vhost);
    const failedAttempts: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void (line.includes('RabbitMQ connection failed') && failedAttempts.push(line)) });
    bus = await createRabbitMqBus({ url: proxy.url, options: testBusOptions(), logger, reconnectDelayMs: { initial: 20, max: 100 } });
    const seen: string[] = [];
    await bus.subscribe('audit', ['#'], async (envelope) => void seen.push(envelope.id));
    await proxy.cut();
    await waitFor(() => !bus!.isConnected(), 'the disconnection');

    const event = testEvent('ticket.redeemed');
    let published = false;
    const publishing = bus.publish([event]).then(() => (published = true));
    await waitFor(() => failedAttempts.length >= 3, 'refused reconnection attempts');
    expect(published).toBe(false);
    expect(bus.isConnected()).toBe(false);

    await proxy.restore();
    await publishing;
    await waitFor(() => seen.includes(event.id), 'the event consumed after reconnecting');
  });

  it('rejects a publish when the broker stays unreachable past the operation timeout', async () => {
    proxy = await startBrokerProxy(broker.vhost);
    bus = await createRabbitMqBus({ url: proxy.url, options: testBusOptions(), logger: silentLogger, operationTimeoutMs: 300, reconnectDelayMs: { initial: 20, max: 100 } });
    await proxy.cut();
    await waitFor(() => !bus!.isConnected(), 'the disconnection');

    await expect(bus.publish([testEvent('ticket.redeemed')])).rejects.toMatchObject({ code: 'EVENT_PUBLISH_FAILED' });
  });

  it('redelivers a delivery that was in flight when the connection dropped, flagged and counted as an attempt', async () => {
    proxy = await startBrokerProxy(broker.vhost);
    bus = await createRabbitMqBus({ url: proxy.url, options: testBusOptions(), logger: silentLogger, reconnectDelayMs: { initial: 20, max: 100 } });
    const held = gate();
    const deliveries: DeliveryInfo[] = [];
    await bus.subscribe('issuance', ['order.#'], async (_envelope, delivery) => {
      deliveries.push(delivery);
      if (deliveries.length === 1) await held.promise;
    });
    await bus.publish([testEvent('order.paid')]);
    await waitFor(() => deliveries.length === 1, 'the first delivery');

    await proxy.cut();
    held.open(); // its acknowledgement has no channel left to go to
    await proxy.restore();

    await waitFor(() => deliveries.length === 2, 'the redelivery');
    expect(deliveries).toEqual([
      { attempt: 1, redelivered: false },
      { attempt: 2, redelivered: true },
    ]);
  });
});
