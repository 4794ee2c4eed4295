import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { connect, type ConfirmChannel, type GetMessage } from 'amqplib';
import pino from 'pino';
import type { Logger } from '../../src/logging';
import type { BusOptions, EventBus, EventHandler } from '../../src/messaging/bus';
import type { EventEnvelope } from '../../src/messaging/envelope';
import { createInProcessBus, type InProcessBus } from '../../src/messaging/in-process-bus';
import { buildEnvelope } from '../../src/messaging/outbox';
import { consumerQueueNames, createRabbitMqBus, type RabbitMqBusConfig } from '../../src/messaging/rabbitmq-bus';
import { createSqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/port';

export const silentLogger: Logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Polls until `probe` returns something other than undefined/false; tests wait on signals, never on sleeps. */
export async function waitFor<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A promise tests resolve by hand, to hold a handler in flight. */
export function gate(): { readonly promise: Promise<void>; open(): void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

export function testEvent(type: string, data: Record<string, unknown> = {}): EventEnvelope {
  return buildEnvelope({ type, version: 1, producer: 'messaging-test', merchantId: 'm-1', data });
}

// -----------------------------------------------------------------------------------------------
// Temporary SQLite files

export interface TempDirectory {
  readonly path: string;
  file(name: string): string;
  remove(): void;
}

export function tempDirectory(): TempDirectory {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'ecticket-messaging-'));
  return { path: directory, file: (name) => path.join(directory, name), remove: () => rmSync(directory, { recursive: true, force: true }) };
}

export function openStore(file: string): Store {
  return createSqliteStore({ file });
}

// -----------------------------------------------------------------------------------------------
// RabbitMQ: every test file gets its own virtual host, deleted afterwards with all it holds.

/** So that a broker which is down or swamped fails the test's setup or teardown instead of hanging it. */
const rabbitmqctlTimeoutMs = 30_000;

export const rabbitmqctl = async (...args: string[]): Promise<string> =>
  (await promisify(execFile)('rabbitmqctl', ['-q', ...args], { timeout: rabbitmqctlTimeoutMs })).stdout;

export interface TestBroker {
  readonly vhost: string;
  readonly url: string;
  /** Runs `work` on a fresh confirm channel of a connection of its own, closed afterwards. */
  withChannel<T>(work: (channel: ConfirmChannel) => Promise<T>): Promise<T>;
  messageCount(queue: string): Promise<number>;
  /** Takes (and acknowledges) every message the queue holds. */
  drain(queue: string): Promise<GetMessage[]>;
  remove(): Promise<void>;
}

export async function createTestBroker(): Promise<TestBroker> {
  const vhost = uniqueName('ecticket-test');
  await rabbitmqctl('add_vhost', vhost);
  await rabbitmqctl('set_permissions', '-p', vhost, 'guest', '.*', '.*', '.*');
  const url = `amqp://guest:guest@127.0.0.1:5672/${encodeURIComponent(vhost)}`;
  const withChannel = async <T>(work: (channel: ConfirmChannel) => Promise<T>): Promise<T> => {
    const connection = await connect(url);
    try {
      return await work(await connection.createConfirmChannel());
    } finally {
      await connection.close();
    }
  };
  return {
    vhost,
    url,
    withChannel,
    messageCount: (queue) => withChannel(async (channel) => (await channel.checkQueue(queue)).messageCount),
    drain: (queue) =>
      withChannel(async (channel) => {
        const messages: GetMessage[] = [];
        for (let message = await channel.get(queue); message; message = await channel.get(queue)) {
          channel.ack(message);
          messages.push(message);
        }
        return messages;
      }),
    remove: async () => void (await rabbitmqctl('delete_vhost', vhost)),
  };
}

/**
 * A TCP proxy in front of the broker that the test can cut (every connection dropped, new ones
 * refused, as in a network partition or a broker crash) and restore.
 */
export interface BrokerProxy {
  readonly url: string;
  /** Also what ends the proxy for good; safe to call when already cut. */
  cut(): Promise<void>;
  restore(): Promise<void>;
}

export async function startBrokerProxy(vhost: string): Promise<BrokerProxy> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket): void => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(5672, '127.0.0.1');
    track(client);
    track(upstream);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number): Promise<void> => new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen(0);
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `amqp://guest:guest@127.0.0.1:${port}/${encodeURIComponent(vhost)}`,
    cut: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: () => listen(port),
  };
}

export const testBusOptions = (overrides: Partial<BusOptions> = {}): BusOptions => ({
  exchange: uniqueName('ecticket.test'),
  maxAttempts: 3,
  retryDelayMs: 50,
  prefetch: 20,
  ...overrides,
});

// -----------------------------------------------------------------------------------------------
// Both adapters behind one face, for the tests every adapter must pass

export interface BusUnderTest {
  readonly bus: EventBus;
  /** The dead-lettered events of a consumer, as the adapter keeps them. */
  deadLetters(consumer: string): Promise<{ readonly eventId: string; readonly attempts: number }[]>;
  close(): Promise<void>;
}

export interface BusFactory {
  readonly kind: 'rabbitmq' | 'in-process';
  open(options: BusOptions, config?: Partial<RabbitMqBusConfig>): Promise<BusUnderTest>;
  remove(): Promise<void>;
}

export async function rabbitMqFactory(): Promise<BusFactory> {
  const broker = await createTestBroker();
  return {
    kind: 'rabbitmq',
    open: async (options, config = {}) => {
      const bus = await createRabbitMqBus({ url: broker.url, options, logger: silentLogger, reconnectDelayMs: { initial: 20, max: 500 }, ...config });
      return {
        bus,
        deadLetters: async (consumer) =>
          (await broker.drain(consumerQueueNames(options.exchange, consumer).deadLetter)).map((message) => ({
            eventId: String(message.properties.messageId),
            attempts: Number(message.properties.headers?.['x-attempts']),
          })),
        close: () => bus.close(),
      };
    },
    remove: () => broker.remove(),
  };
}

export function inProcessFactory(): BusFactory {
  const directory = tempDirectory();
  return {
    kind: 'in-process',
    open: async (options) => {
      const bus: InProcessBus = await createInProcessBus({ store: openStore(directory.file('bus.sqlite')), options, logger: silentLogger });
      return {
        bus,
        deadLetters: async (consumer) => (await bus.deadLetters(consumer)).map((dead) => ({ eventId: dead.envelope.id, attempts: dead.attempts })),
        close: () => bus.close(),
      };
    },
    remove: async () => directory.remove(),
  };
}

export const busFactories: readonly [string, () => Promise<BusFactory>][] = [
  ['rabbitmq', rabbitMqFactory],
  ['in-process', async () => inProcessFactory()],
];

/** A handler that records every delivery it sees. */
export function recordingHandler(onEvent: EventHandler = async () => undefined): { handler: EventHandler; seen: EventEnvelope[] } {
  const seen: EventEnvelope[] = [];
  return {
    seen,
    handler: async (envelope, delivery) => {
      seen.push(envelope);
      await onEvent(envelope, delivery);
    },
  };
}
