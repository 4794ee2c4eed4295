import type { EventBus } from '../../src/messaging/bus';
import { routingKeyOf } from '../../src/messaging/envelope';
import { topicMatches } from '../../src/messaging/in-process-bus';
import { currentContext, runInContext } from '../../src/context';
import { attemptsHeader, consumerQueueNames, correlationHeader, createRabbitMqBus, lastErrorHeader } from '../../src/messaging/rabbitmq-bus';
import { createTestBroker, gate, recordingHandler, silentLogger, testBusOptions, testEvent, uniqueName, waitFor, type TestBroker } from './support';

describe('RabbitMQ event bus', () => {
  let broker: TestBroker;
  const buses: EventBus[] = [];

  beforeAll(async () => {
    broker = await createTestBroker();
  });

  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
  });

  afterAll(async () => {
    await broker.remove();
  });

  async function openBus(options = testBusOptions()) {
    const bus = await createRabbitMqBus({ url: broker.url, options, logger: silentLogger, reconnectDelayMs: { initial: 20, max: 500 } });
    buses.push(bus);
    return { bus, options };
  }

  it('declares the work, retry and dead-letter queues under the names the helper gives', async () => {
    const { bus, options } = await openBus();
    await bus.subscribe('issuance', ['ticket.*.v1'], async () => undefined);
    const names = consumerQueueNames(options.exchange, 'issuance');
    expect(names).toEqual({ queue: `${options.exchange}.issuance`, retry: `${options.exchange}.issuance.retry`, deadLetter: `${options.exchange}.issuance.dlq` });
    for (const queue of Object.values(names)) await expect(broker.messageCount(queue)).resolves.toBe(0);
  });

  it('carries the envelope as the JSON body with its id, type and correlation id as AMQP properties', async () => {
    const { bus, options } = await openBus();
    const names = consumerQueueNames(options.exchange, 'audit');
    await bus.subscribe('audit', ['ticket.#'], async () => undefined);
    await bus.stopConsuming();
    const event = runInContext({ correlationId: 'corr-1' }, () => testEvent('ticket.issued', { ticketId: 't-1' }));

    await bus.publish([event]);

    const [message] = await broker.drain(names.queue);
    expect(JSON.parse(message!.content.toString())).toEqual(event);
    expect(message!.properties).toMatchObject({
      messageId: event.id,
      type: 'ticket.issued.v1',
      correlationId: 'corr-1',
      contentType: 'application/json',
      deliveryMode: 2,
      timestamp: Math.floor(Date.parse(event.occurredAt) / 1000),
    });
    expect(message!.properties.headers?.[correlationHeader]).toBe('corr-1');
    expect(message!.fields.routingKey).toBe(routingKeyOf(event));
  });

  it('confirms an event no consumer is bound for (nobody wants it) instead of failing', async () => {
    const { bus } = await openBus();
    await expect(bus.publish([testEvent('nobody.listens')])).resolves.toBeUndefined();
  });

  it('runs handlers in the correlation context of the event', async () => {
    const { bus } = await openBus();
    const contexts: { correlationId: string; causationId?: string }[] = [];
    const event = runInContext({ correlationId: 'corr-2' }, () => testEvent('order.created'));
    await bus.subscribe('notification', ['order.created.v1'], async () => {
      contexts.push({ ...currentContext()! });
    });
    await bus.publish([event]);
    await waitFor(() => contexts.length === 1, 'the handler');
    expect(contexts[0]).toMatchObject({ correlationId: 'corr-2', causationId: event.id });
  });

  it('T7: dead-letters a poison event after exactly maxAttempts handler runs while later events keep flowing', async () => {
    const { bus, options } = await openBus(testBusOptions({ maxAttempts: 4 }));
    const poison = testEvent('payment.captured', { poison: true });
    const good = Array.from({ length: 20 }, (_, index) => testEvent('payment.captured', { index }));
    const { handler, seen } = recordingHandler(async (envelope) => {
      if (envelope.id === poison.id) throw new Error('cannot apply this capture');
    });
    await bus.subscribe('settlement', ['payment.*.v1'], handler);

    await bus.publish([poison]);
    await bus.publish(good);

    const names = consumerQueueNames(options.exchange, 'settlement');
    await waitFor(async () => (await broker.messageCount(names.deadLetter)) === 1, 'the poison event in the dead-letter queue');
    await waitFor(() => good.every((event) => seen.some((envelope) => envelope.id === event.id)), 'every good event');
    expect(seen.filter((envelope) => envelope.id === poison.id)).toHaveLength(4);
    const [dead] = await broker.drain(names.deadLetter);
    expect(dead!.properties.messageId).toBe(poison.id);
    expect(dead!.properties.headers?.[attemptsHeader]).toBe(4);
    expect(String(dead!.properties.headers?.[lastErrorHeader])).toContain('cannot apply this capture');
    expect(JSON.parse(dead!.content.toString())).toEqual(poison);
  });

  it('T7: counts a malformed body as a failed attempt each time and dead-letters it after exactly maxAttempts', async () => {
    const { bus, options } = await openBus(testBusOptions({ maxAttempts: 3 }));
    const { handler, seen } = recordingHandler();
    await bus.subscribe('redemption', ['ticket.#'], handler);
    const names = consumerQueueNames(options.exchange, 'redemption');

    await broker.withChannel(async (channel) => {
      channel.publish(options.exchange, 'ticket.issued.v1', Buffer.from('{not json'), { persistent: true, messageId: 'garbage-1' });
      channel.publish(options.exchange, 'ticket.issued.v1', Buffer.from(JSON.stringify({ id: 'half-an-envelope' })), { messageId: 'garbage-2' });
      await channel.waitForConfirms();
    });
    const after = testEvent('ticket.issued');
    await bus.publish([after]);

    await waitFor(async () => (await broker.messageCount(names.deadLetter)) === 2, 'both malformed messages in the dead-letter queue');
    await waitFor(() => seen.some((envelope) => envelope.id === after.id), 'the event published after them');
    const dead = await broker.drain(names.deadLetter);
    expect(dead.map((message) => message.properties.messageId).sort()).toEqual(['garbage-1', 'garbage-2']);
    for (const message of dead) {
      expect(message.properties.headers?.[attemptsHeader]).toBe(3);
      // Two trips through the retry queue before the third, last attempt.
      expect(message.properties.headers?.['x-death']?.find((death) => death.queue === names.retry)?.count).toBe(2);
      expect(String(message.properties.headers?.[lastErrorHeader])).toMatch(/EVENT_MALFORMED/);
    }
    expect(seen).toHaveLength(1);
  });

  it('passes the attempt number to the handler and retries after the delay', async () => {
    const { bus } = await openBus(testBusOptions({ maxAttempts: 3, retryDelayMs: 100 }));
    const attempts: { attempt: number; at: number }[] = [];
    await bus.subscribe('flaky', ['order.#'], async (_envelope, delivery) => {
      attempts.push({ attempt: delivery.attempt, at: Date.now() });
      if (delivery.attempt < 3) throw new Error('not yet');
    });
    await bus.publish([testEvent('order.paid')]);
    await waitFor(() => attempts.length === 3, 'three attempts');
    expect(attempts.map((entry) => entry.attempt)).toEqual([1, 2, 3]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(90);
  });

  it('stopConsuming waits for the handler in flight and acknowledges it', async () => {
    const { bus, options } = await openBus();
    const held = gate();
    const { handler, seen } = recordingHandler(() => held.promise);
    await bus.subscribe('slow', ['order.#'], handler);
    await bus.publish([testEvent('order.created')]);
    await waitFor(() => seen.length === 1, 'the delivery');

    let stopped = false;
    const stopping = bus.stopConsuming().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    held.open();
    await stopping;
    await bus.close();

    await expect(broker.messageCount(consumerQueueNames(options.exchange, 'slow').queue)).resolves.toBe(0);
  });

  it('refuses a second subscription of the same consumer', async () => {
    const { bus } = await openBus();
    await bus.subscribe('twice', ['a.#'], async () => undefined);
    await expect(bus.subscribe('twice', ['b.#'], async () => undefined)).rejects.toThrow(/already subscribed/);
  });

  it('rejects after its connect timeout when the broker is unreachable, never pretending to be connected', async () => {
    const started = Date.now();
    await expect(
      createRabbitMqBus({ url: 'amqp://guest:guest@127.0.0.1:1', options: testBusOptions(), logger: silentLogger, connectTimeoutMs: 300 }),
    ).rejects.toMatchObject({ code: 'BUS_DISCONNECTED' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('matches routing keys exactly as RabbitMQ topic bindings do', async () => {
    const exchange = uniqueName('ecticket.topics');
    const patterns = ['#', '*', 'ticket.*', 'ticket.#', 'ticket.*.v1', '*.issued.*', '#.v1', 'ticket.#.v1', '#.#', 'a.*.#.b', 'ticket'];
    const keys = ['', 'ticket', 'ticket.issued', 'ticket.issued.v1', 'ticket.issued.v2', 'order.issued.v1', 'ticket.a.b.v1', 'a.x.b', 'a.x.y.b', 'a.b', 'v1'];
    const routed = await broker.withChannel(async (channel) => {
      await channel.assertExchange(exchange, 'topic', { durable: false, autoDelete: false });
      const queues = await Promise.all(
        patterns.map(async (pattern) => {
          const { queue } = await channel.assertQueue('', { exclusive: true });
          await channel.bindQueue(queue, exchange, pattern);
          return queue;
        }),
      );
      for (const key of keys) channel.publish(exchange, key, Buffer.from(key));
      await channel.waitForConfirms();
      const result = new Set<string>();
      for (const [index, queue] of queues.entries()) {
        for (let message = await channel.get(queue, { noAck: true }); message; message = await channel.get(queue, { noAck: true })) {
          result.add(`${patterns[index]} <- ${message.content.toString()}`);
        }
      }
      await channel.deleteExchange(exchange);
      return result;
    });
    const predicted = new Set(patterns.flatMap((pattern) => keys.filter((key) => topicMatches(pattern, key)).map((key) => `${pattern} <- ${key}`)));
    expect([...routed].sort()).toEqual([...predicted].sort());
  });
});
