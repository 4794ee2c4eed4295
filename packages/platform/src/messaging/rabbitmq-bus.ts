import { connect, type ChannelModel, type ConfirmChannel, type ConsumeMessage, type Options } from 'amqplib';
import { z } from 'zod';
import { runInContext } from '../context';
import { AppError, invalidArgument, unavailable } from '../errors';
import type { Logger } from '../logging';
import type { BusOptions, EventBus, EventHandler } from './bus';
import { routingKeyOf, type EventEnvelope } from './envelope';

/**
 * The EventBus over RabbitMQ. Topology (declared by code at connect and subscribe):
 *
 * - one durable topic exchange `options.exchange`; routing key `type.vN`;
 * - per consumer a quorum queue `<exchange>.<consumer>` bound to its patterns, a retry queue
 *   `<queue>.retry` whose messages expire after `retryDelayMs` back into the work queue, and a
 *   dead-letter queue `<queue>.dlq`.
 *
 * Queues are quorum queues (RabbitMQ 3.10 or later: message TTL and at-least-once dead-lettering).
 * A failed handler run republishes the message (with confirm) to the retry queue, or to the
 * dead-letter queue once `maxAttempts` runs failed, and only then acknowledges the original. The
 * attempt count travels in the `x-attempts` header of the republished copy.
 *
 * Reconnection is the bus's own rather than amqplib's `recovery` option, so that a lost connection,
 * a channel the broker closed and a consumer it cancelled share one path: reconnect with back-off,
 * redeclare everything, re-subscribe every consumer.
 */
export interface RabbitMqBusConfig {
  readonly url: string;
  readonly options: BusOptions;
  readonly logger: Logger;
  /** Longest publish() or subscribe() waits for the broker, a reconnection included, before rejecting. */
  readonly operationTimeoutMs?: number;
  /** Longest createRabbitMqBus waits for the first connection. */
  readonly connectTimeoutMs?: number;
  /** Reconnection back-off: first delay, doubled per failed attempt up to the cap, ±20 % jitter. */
  readonly reconnectDelayMs?: { readonly initial: number; readonly max: number };
  /** A dead broker is noticed after about twice this; an explicit `heartbeat` in the URL wins. */
  readonly heartbeatSeconds?: number;
}

export interface ConsumerQueueNames {
  readonly queue: string;
  readonly retry: string;
  readonly deadLetter: string;
}

/** The queues a consumer owns; infra definitions and tests use the same names. */
export function consumerQueueNames(exchange: string, consumer: string): ConsumerQueueNames {
  const queue = `${exchange}.${consumer}`;
  return { queue, retry: `${queue}.retry`, deadLetter: `${queue}.dlq` };
}

export const correlationHeader = 'x-correlation-id';
/** Failed handler runs so far, set on the copies the bus republishes to the retry and dead-letter queues. */
export const attemptsHeader = 'x-attempts';
/** On a dead-lettered copy: why its last attempt failed. */
export const lastErrorHeader = 'x-last-error';
/** Set by quorum queues: how many times this copy went back to the queue unsettled. */
const deliveryCountHeader = 'x-delivery-count';

/** Connects (waiting for the first connection, with back-off) and returns the bus. */
export async function createRabbitMqBus(config: RabbitMqBusConfig): Promise<EventBus> {
  const bus = new RabbitMqBus(config);
  await bus.start(config.connectTimeoutMs ?? 30_000);
  return bus;
}

interface Registration {
  readonly consumer: string;
  readonly patterns: readonly string[];
  readonly handler: EventHandler;
}

interface ActiveConsumer {
  readonly channel: ConfirmChannel;
  readonly consumerTag: string;
}

/** One connection and what was set up on it. `lost` turns true once it closed, for whatever reason. */
interface Session {
  readonly model: ChannelModel;
  readonly publisher: ConfirmChannel;
  readonly consumers: Map<string, Promise<ActiveConsumer>>;
  readonly state: ConnectionState;
}

interface ConnectionState {
  lost: boolean;
}

interface SessionWaiter {
  resolve(session: Session): void;
  reject(error: Error): void;
}

type HandlerOutcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

class RabbitMqBus implements EventBus {
  readonly kind = 'rabbitmq' as const;
  private readonly options: BusOptions;
  private readonly logger: Logger;
  private readonly operationTimeoutMs: number;
  private readonly reconnectDelayMs: { readonly initial: number; readonly max: number };
  private readonly registrations = new Map<string, Registration>();
  private readonly waiters = new Set<SessionWaiter>();
  private readonly inFlight = new Set<Promise<void>>();
  private session: Session | null = null;
  private connecting: Promise<void> | null = null;
  private cancelBackoff: (() => void) | null = null;
  private consuming = true;
  private closed = false;
  private closing: Promise<void> | null = null;

  constructor(private readonly config: RabbitMqBusConfig) {
    this.options = config.options;
    this.logger = config.logger.child({ component: 'rabbitmq-bus', exchange: config.options.exchange });
    this.operationTimeoutMs = config.operationTimeoutMs ?? 15_000;
    this.reconnectDelayMs = config.reconnectDelayMs ?? { initial: 100, max: 10_000 };
  }

  async start(connectTimeoutMs: number): Promise<void> {
    this.reconnect();
    try {
      await this.waitForSession(Date.now() + connectTimeoutMs, 'connect');
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  isConnected(): boolean {
    return this.session !== null;
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    const unconfirmed = new Set(envelopes);
    if (unconfirmed.size === 0) return;
    try {
      await this.withSession('publish', (session) =>
        Promise.all(
          [...unconfirmed].map(async (envelope) => {
            await this.publishOne(session.publisher, envelope);
            unconfirmed.delete(envelope);
          }),
        ),
      );
    } catch (error) {
      throw unavailable('EVENT_PUBLISH_FAILED', `${unconfirmed.size} event(s) were not confirmed by RabbitMQ.`, {}, error);
    }
  }

  async subscribe(consumer: string, patterns: readonly string[], handler: EventHandler): Promise<void> {
    if (!this.consuming) throw new Error('the bus has stopped consuming');
    if (this.registrations.has(consumer)) throw new Error(`consumer ${consumer} is already subscribed`);
    if (patterns.length === 0) throw new Error(`consumer ${consumer} needs at least one routing-key pattern`);
    const registration: Registration = { consumer, patterns: [...patterns], handler };
    this.registrations.set(consumer, registration);
    try {
      await this.withSession(`subscribe ${consumer}`, (session) => this.startConsumer(session, registration));
    } catch (error) {
      this.registrations.delete(consumer);
      throw error;
    }
  }

  async stopConsuming(): Promise<void> {
    this.consuming = false;
    const consumers = [...(this.session?.consumers.values() ?? [])];
    await Promise.all(consumers.map((started) => cancelQuietly(started)));
    await Promise.all([...this.inFlight]);
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    await this.stopConsuming();
    this.closed = true;
    this.cancelBackoff?.();
    const closedError = unavailable('BUS_CLOSED', 'The event bus is closed.');
    for (const waiter of [...this.waiters]) waiter.reject(closedError);
    await this.connecting;
    const session = this.session;
    this.session = null;
    if (session) {
      session.state.lost = true;
      await closeQuietly(session.model);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Connection life cycle

  private reconnect(): void {
    this.connecting ??= this.connectLoop().finally(() => {
      this.connecting = null;
    });
  }

  private async connectLoop(): Promise<void> {
    for (let attempt = 1; !this.closed; attempt += 1) {
      try {
        const session = await this.openSession();
        if (this.closed) {
          await closeQuietly(session.model);
          return;
        }
        this.activate(session);
        return;
      } catch (error) {
        const delayMs = backoffDelay(attempt, this.reconnectDelayMs);
        this.logger.warn({ err: error, attempt, delayMs }, 'RabbitMQ connection failed; retrying');
        await this.backoff(delayMs);
      }
    }
  }

  private backoff(delayMs: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delayMs);
      this.cancelBackoff = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => {
      this.cancelBackoff = null;
    });
  }

  /** Connects and declares everything: exchange, then every registered consumer's queues and consumer. */
  private async openSession(): Promise<Session> {
    const model = await connect(withHeartbeat(this.config.url, this.config.heartbeatSeconds ?? 10), { timeout: 10_000 });
    const state: ConnectionState = { lost: false };
    model.on('error', (error: Error) => this.logger.warn({ err: error }, 'RabbitMQ connection error'));
    model.on('blocked', (reason: string) => this.logger.warn({ reason }, 'RabbitMQ blocked publishing (resource alarm)'));
    model.on('unblocked', () => this.logger.info('RabbitMQ unblocked publishing'));
    model.once('close', (error?: Error) => this.onConnectionLost(state, error));
    try {
      const publisher = await this.openChannel(model, state, 'publisher');
      publisher.on('return', (message: ConsumeMessage) => this.onUnroutable(message));
      await publisher.assertExchange(this.options.exchange, 'topic', { durable: true });
      const session: Session = { model, publisher, consumers: new Map(), state };
      if (this.consuming) await Promise.all([...this.registrations.values()].map((registration) => this.startConsumer(session, registration)));
      if (state.lost) throw new Error('the connection closed while the topology was being declared');
      return session;
    } catch (error) {
      await closeQuietly(model);
      throw error;
    }
  }

  private activate(session: Session): void {
    this.session = session;
    // stopConsuming() ran while this connection was being set up, after its consumers started.
    if (!this.consuming) void Promise.all([...session.consumers.values()].map((started) => cancelQuietly(started)));
    this.logger.info({ consumers: [...session.consumers.keys()] }, 'RabbitMQ connected');
    for (const waiter of [...this.waiters]) waiter.resolve(session);
  }

  private onConnectionLost(state: ConnectionState, error: Error | undefined): void {
    if (state.lost) return;
    state.lost = true;
    if (this.session?.state !== state) return;
    this.session = null;
    if (this.closed) return;
    this.logger.warn({ err: error }, 'RabbitMQ connection lost; reconnecting');
    this.reconnect();
  }

  /**
   * A channel the broker closed (a channel error), a consumer it cancelled or a missing retry queue
   * resets the whole connection: recovery then has one path, which redeclares the topology and
   * re-subscribes every consumer. Unacknowledged deliveries come back as redeliveries.
   */
  private resetConnection(model: ChannelModel, state: ConnectionState, reason: string): void {
    if (state.lost || this.closed) return;
    this.logger.warn({ reason }, 'resetting the RabbitMQ connection');
    void closeQuietly(model);
  }

  private async openChannel(model: ChannelModel, state: ConnectionState, role: string): Promise<ConfirmChannel> {
    const channel = await model.createConfirmChannel();
    // amqplib emits `error` only when the broker closes the channel; a lost connection closes it silently.
    channel.on('error', (error: Error) => this.resetConnection(model, state, `${role} channel closed by the broker: ${error.message}`));
    return channel;
  }

  /** Resolves with the current connection, waiting for a reconnection until the deadline. */
  private waitForSession(deadline: number, what: string): Promise<Session> {
    if (this.closed) return Promise.reject(unavailable('BUS_CLOSED', 'The event bus is closed.'));
    if (this.session) return Promise.resolve(this.session);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => waiter.reject(unavailable('BUS_DISCONNECTED', `RabbitMQ was not reachable within the time allowed to ${what}.`)),
        Math.max(0, deadline - Date.now()),
      );
      const waiter: SessionWaiter = {
        resolve: (session) => settle(() => resolve(session)),
        reject: (error) => settle(() => reject(error)),
      };
      const settle = (finish: () => void): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        finish();
      };
      this.waiters.add(waiter);
    });
  }

  /** Runs `work` on a live connection; when the connection drops under it, runs it again on the next one. */
  private async withSession<T>(what: string, work: (session: Session) => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.operationTimeoutMs;
    for (;;) {
      const session = await this.waitForSession(deadline, what);
      try {
        return await withDeadline(work(session), deadline, what);
      } catch (error) {
        if (!session.state.lost || this.closed || Date.now() >= deadline) throw error;
        this.logger.debug({ err: error, what }, 'connection lost during a bus operation; retrying on the next connection');
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Publishing

  private publishOne(channel: ConfirmChannel, envelope: EventEnvelope): Promise<void> {
    const routingKey = routingKeyOf(envelope);
    const properties: Options.Publish = {
      persistent: true,
      mandatory: true,
      contentType: 'application/json',
      messageId: envelope.id,
      type: routingKey,
      appId: envelope.producer,
      correlationId: envelope.correlationId,
      timestamp: Math.floor(Date.parse(envelope.occurredAt) / 1000),
      headers: { [correlationHeader]: envelope.correlationId },
    };
    return sendConfirmed(channel, this.options.exchange, routingKey, Buffer.from(JSON.stringify(envelope)), properties);
  }

  /**
   * A returned (unroutable) event counts as delivered: an event is a fact, and no queue bound to its
   * routing key means no service consumes it (consumer queues are durable and declared by their
   * service at start and by the infra definitions). Failing here would keep an event nobody wants
   * pending in the outbox forever. The broker still confirms it, so publish() resolves.
   */
  private onUnroutable(message: ConsumeMessage): void {
    this.logger.debug({ routingKey: message.fields.routingKey, eventId: message.properties.messageId as unknown }, 'event routed to no queue: nobody consumes it');
  }

  // ---------------------------------------------------------------------------------------------
  // Consuming

  private startConsumer(session: Session, registration: Registration): Promise<ActiveConsumer> {
    const existing = session.consumers.get(registration.consumer);
    if (existing) return existing;
    const started = this.openConsumer(session, registration);
    session.consumers.set(registration.consumer, started);
    return started;
  }

  private async openConsumer(session: Session, registration: Registration): Promise<ActiveConsumer> {
    const names = consumerQueueNames(this.options.exchange, registration.consumer);
    const channel = await this.openChannel(session.model, session.state, `consumer ${registration.consumer}`);
    // With mandatory republishing, a return means the retry or dead-letter queue is gone.
    channel.on('return', () => this.resetConnection(session.model, session.state, `${names.retry} or ${names.deadLetter} is missing`));
    await channel.prefetch(this.options.prefetch);
    await declareConsumerTopology(channel, this.options, names, registration.patterns);
    const { consumerTag } = await channel.consume(names.queue, (message) => this.onDelivery(session, channel, registration, message), { noAck: false });
    return { channel, consumerTag };
  }

  private onDelivery(session: Session, channel: ConfirmChannel, registration: Registration, message: ConsumeMessage | null): void {
    if (message === null) {
      if (this.consuming) this.resetConnection(session.model, session.state, `the broker cancelled consumer ${registration.consumer}`);
      return;
    }
    if (!this.consuming) {
      // Arrived while the consumer is being cancelled: back to the queue, for another replica or a later start.
      nackQuietly(channel, message);
      return;
    }
    const work = this.handleDelivery(session, channel, registration, message);
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async handleDelivery(session: Session, channel: ConfirmChannel, registration: Registration, message: ConsumeMessage): Promise<void> {
    const attempt = attemptOf(message);
    const outcome: HandlerOutcome =
      attempt > this.options.maxAttempts
        ? { ok: false, error: new Error(`delivered ${attempt} times: earlier deliveries were never settled (consumer crashes)`) }
        : await this.runHandler(registration, message, attempt);
    if (outcome.ok) {
      ackQuietly(channel, message);
      return;
    }
    await this.retryOrDeadLetter(session, channel, registration, message, attempt, outcome.error);
  }

  private async runHandler(registration: Registration, message: ConsumeMessage, attempt: number): Promise<HandlerOutcome> {
    try {
      const envelope = decodeEnvelope(message.content);
      await runInContext({ correlationId: envelope.correlationId, causationId: envelope.id }, () =>
        registration.handler(envelope, { attempt, redelivered: message.fields.redelivered }),
      );
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    }
  }

  private async retryOrDeadLetter(
    session: Session,
    channel: ConfirmChannel,
    registration: Registration,
    message: ConsumeMessage,
    attempt: number,
    error: unknown,
  ): Promise<void> {
    const names = consumerQueueNames(this.options.exchange, registration.consumer);
    const exhausted = attempt >= this.options.maxAttempts;
    const context = { consumer: registration.consumer, eventId: message.properties.messageId as unknown, attempt, err: error };
    if (exhausted) this.logger.error(context, 'event dead-lettered after its last attempt failed');
    else this.logger.warn({ ...context, retryInMs: this.options.retryDelayMs }, 'event handler failed; retrying later');
    const headers = republishedHeaders(message, { [attemptsHeader]: attempt, ...(exhausted ? { [lastErrorHeader]: describeError(error) } : {}) });
    try {
      await sendConfirmed(channel, '', exhausted ? names.deadLetter : names.retry, message.content, { ...republishedProperties(message), headers });
      ackQuietly(channel, message);
    } catch (republishError) {
      // The original stays unacknowledged; the reset returns it to the queue for a redelivery.
      this.logger.warn({ err: republishError, consumer: registration.consumer }, 'could not move a failed event to its retry or dead-letter queue');
      this.resetConnection(session.model, session.state, 'republishing a failed event failed');
    }
  }
}

// -----------------------------------------------------------------------------------------------
// Topology

async function declareConsumerTopology(channel: ConfirmChannel, options: BusOptions, names: ConsumerQueueNames, patterns: readonly string[]): Promise<void> {
  await channel.assertExchange(options.exchange, 'topic', { durable: true });
  await channel.assertQueue(names.queue, {
    durable: true,
    arguments: {
      'x-queue-type': 'quorum',
      // What the broker dead-letters by itself (RabbitMQ 4 applies a default delivery limit of 20
      // returns to quorum queues) lands in the dead-letter queue instead of being dropped.
      'x-dead-letter-exchange': '',
      'x-dead-letter-routing-key': names.deadLetter,
    },
  });
  await channel.assertQueue(names.retry, {
    durable: true,
    arguments: {
      'x-queue-type': 'quorum',
      'x-message-ttl': options.retryDelayMs,
      'x-dead-letter-exchange': '',
      'x-dead-letter-routing-key': names.queue,
      // At-least-once dead-lettering (it requires reject-publish) so an expiring retry is never lost.
      'x-dead-letter-strategy': 'at-least-once',
      'x-overflow': 'reject-publish',
    },
  });
  await channel.assertQueue(names.deadLetter, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  for (const pattern of patterns) await channel.bindQueue(names.queue, options.exchange, pattern);
}

// -----------------------------------------------------------------------------------------------
// Messages

const envelopeSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.string().min(1),
  producer: z.string().min(1),
  merchantId: z.string().nullable(),
  correlationId: z.string().min(1),
  causationId: z.string().nullable(),
  data: z.unknown().refine((data) => data !== undefined, 'data is missing'),
});

/** Parses a message body; a body that is not an event envelope is a failed attempt like any other. */
function decodeEnvelope(content: Buffer): EventEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(content.toString('utf8'));
  } catch {
    throw invalidArgument('EVENT_MALFORMED', 'The message body is not JSON.');
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
    throw invalidArgument('EVENT_MALFORMED', `The message body is not an event envelope: ${issues.join('; ')}.`);
  }
  return parsed.data;
}

/**
 * 1 + the failed runs recorded by earlier republishes + the times this copy was returned to the
 * queue unsettled (a consumer crash or a lost connection): `x-delivery-count` where the quorum queue
 * counts them, at least 1 when the broker flags the delivery as redelivered.
 */
function attemptOf(message: ConsumeMessage): number {
  const failed = countHeader(message, attemptsHeader);
  const returned = Math.max(countHeader(message, deliveryCountHeader), message.fields.redelivered ? 1 : 0);
  return failed + returned + 1;
}

function countHeader(message: ConsumeMessage, name: string): number {
  const value: unknown = message.properties.headers?.[name];
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

/**
 * The original's headers (x-death included, so the broker keeps counting trips through the retry
 * queue) with ours added; the quorum queue's delivery count stays behind, it belongs to that copy.
 */
function republishedHeaders(message: ConsumeMessage, added: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const kept = Object.entries(message.properties.headers ?? {}).filter(([name]) => name !== deliveryCountHeader);
  return { ...Object.fromEntries(kept), ...added };
}

function republishedProperties(message: ConsumeMessage): Options.Publish {
  const { properties } = message;
  return {
    persistent: true,
    mandatory: true,
    contentType: optionalString(properties.contentType),
    messageId: optionalString(properties.messageId),
    type: optionalString(properties.type),
    appId: optionalString(properties.appId),
    correlationId: optionalString(properties.correlationId),
    timestamp: typeof properties.timestamp === 'number' ? properties.timestamp : undefined,
  };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function describeError(error: unknown): string {
  const text = error instanceof AppError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  return text.slice(0, 1000);
}

// -----------------------------------------------------------------------------------------------
// amqplib helpers

function sendConfirmed(channel: ConfirmChannel, exchange: string, routingKey: string, content: Buffer, options: Options.Publish): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.publish(exchange, routingKey, content, options, (error: unknown) => (error ? reject(asError(error, 'the broker rejected the message')) : resolve()));
  });
}

function ackQuietly(channel: ConfirmChannel, message: ConsumeMessage): void {
  try {
    channel.ack(message);
  } catch {
    // The channel is gone: the broker requeues the delivery, and the inbox absorbs the repeat.
  }
}

function nackQuietly(channel: ConfirmChannel, message: ConsumeMessage): void {
  try {
    channel.nack(message, false, true);
  } catch {
    // The channel is gone: the broker requeues the delivery anyway.
  }
}

async function cancelQuietly(started: Promise<ActiveConsumer>): Promise<void> {
  try {
    const { channel, consumerTag } = await started;
    await channel.cancel(consumerTag);
  } catch {
    // Never started, or its connection is gone: nothing is being consumed either way.
  }
}

async function closeQuietly(model: ChannelModel): Promise<void> {
  try {
    await model.close();
  } catch {
    // Already closed.
  }
}

function withHeartbeat(url: string, seconds: number): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('heartbeat')) parsed.searchParams.set('heartbeat', String(seconds));
  return parsed.toString();
}

function asError(value: unknown, fallback: string): Error {
  return value instanceof Error ? value : new Error(fallback);
}

function backoffDelay(attempt: number, delays: { readonly initial: number; readonly max: number }): number {
  const base = Math.min(delays.max, delays.initial * 2 ** (attempt - 1));
  return Math.min(delays.max, Math.round(base * (0.8 + Math.random() * 0.4)));
}

function withDeadline<T>(work: Promise<T>, deadline: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(unavailable('BUS_TIMEOUT', `RabbitMQ did not answer within the time allowed to ${what}.`)),
      Math.max(0, deadline - Date.now()),
    );
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
