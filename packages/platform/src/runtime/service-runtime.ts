import path from 'node:path';
import type { Clock } from '../clock';
import { loadConfig } from '../config';
import { createLogger, type Logger } from '../logging';
import { routingKeyOf, type EventEnvelope } from '../messaging/envelope';
import type { EventBus } from '../messaging/bus';
import { OutboxRelay, outboxCollection } from '../messaging/outbox';
import { inboxCollection } from '../messaging/inbox';
import { messageRetentionJob, type MessageRetention } from '../messaging/retention';
import { createGrpcServer, type GrpcServer } from '../grpc/server';
import { jobLeases, Scheduler, type ScheduledJob } from '../scheduler';
import type { CollectionSpec, Store, StoredDocument } from '../store/port';
import { createSqliteStore } from '../store/sqlite';
import { createMongoStore } from '../store/mongo';
import { messageRetentionConfigShape, messageRetentionOf, type ServiceName } from './process-config';

export type Environment = Readonly<Record<string, string | undefined>>;

/** Where a peer service's gRPC server is reached; in the all-in-one mode known only once it started. */
export interface ServiceDirectory {
  addressOf(service: ServiceName): string;
}

/** What the hosting process gives each service it starts. */
export interface HostResources {
  /** The variables a service reads its own configuration from (process.env, or a test's). */
  readonly environment: Environment;
  readonly bus: EventBus;
  readonly clock: Clock;
  readonly directory: ServiceDirectory;
  readonly logLevel: string;
  openStore(service: ServiceName): Promise<Store>;
}

export interface StoreLocation {
  readonly dataDir: string;
  readonly mongoUrl?: string | undefined;
}

/** A service's own store: its SQLite file under the data directory, or its own MongoDB database. */
export async function openServiceStore(service: string, location: StoreLocation): Promise<Store> {
  if (location.mongoUrl) return createMongoStore({ url: location.mongoUrl, database: `ecticket_${service}` });
  return createSqliteStore({ file: path.join(location.dataDir, `${service}.sqlite`) });
}

export type EventConsumer = (envelope: EventEnvelope) => Promise<void>;

interface Subscription {
  readonly patterns: readonly string[];
  readonly consume: EventConsumer;
}

/**
 * The parts every service is made of, built the same way for all: its store (with the outbox,
 * inbox and job-lease collections), its logger, its outbox relay, its scheduler (with the job that
 * purges expired outbox and inbox rows) and its gRPC server with health. A service's composition
 * root adds its collections, handlers, consumers and jobs, then calls start().
 */
export class ServiceRuntime {
  readonly grpc: GrpcServer;
  readonly relay: OutboxRelay;
  readonly scheduler: Scheduler;
  private readonly subscriptions: Subscription[] = [];
  private readonly stopHooks: (() => Promise<void> | void)[] = [];
  private address: string | null = null;

  private constructor(
    readonly name: ServiceName,
    readonly store: Store,
    readonly logger: Logger,
    readonly resources: HostResources,
    listenAddress: string,
    retention: MessageRetention,
  ) {
    this.grpc = createGrpcServer({ name, logger, address: listenAddress });
    this.relay = new OutboxRelay({ store, bus: resources.bus, logger, clock: resources.clock });
    this.scheduler = new Scheduler({ store, clock: resources.clock, logger });
    this.scheduler.register(messageRetentionJob(store, retention, logger));
  }

  static async create(
    name: ServiceName,
    collections: readonly CollectionSpec<StoredDocument>[],
    resources: HostResources,
    listenAddress: string,
  ): Promise<ServiceRuntime> {
    const retention = messageRetentionOf(loadConfig(messageRetentionConfigShape, resources.environment));
    const logger = createLogger({ service: name, level: resources.logLevel });
    const store = await resources.openStore(name);
    await store.ensureCollections([...collections, outboxCollection, inboxCollection, jobLeases] as CollectionSpec<StoredDocument>[]);
    return new ServiceRuntime(name, store, logger, resources, listenAddress, retention);
  }

  get clock(): Clock {
    return this.resources.clock;
  }

  /** Events this service consumes; subscribed when the service starts. */
  onEvents(patterns: readonly string[], consume: EventConsumer): void {
    this.subscriptions.push({ patterns, consume });
  }

  /** Subscribes to each routing key (`type.vN`) of `consumers` and hands every event to its key's consumer. */
  onEventsByKey(consumers: Readonly<Record<string, EventConsumer>>): void {
    this.onEvents(Object.keys(consumers), async (envelope) => {
      const consume = consumers[routingKeyOf(envelope)];
      if (!consume) throw new Error(`${this.name} does not consume ${routingKeyOf(envelope)}`);
      await consume(envelope);
    });
  }

  /** Work to do once the service has stopped, e.g. closing its clients of peer services. */
  onStop(hook: () => Promise<void> | void): void {
    this.stopHooks.push(hook);
  }

  schedule(job: ScheduledJob): void {
    this.scheduler.register(job);
  }

  get grpcAddress(): string {
    if (!this.address) throw new Error(`${this.name} has not started`);
    return this.address;
  }

  async start(): Promise<string> {
    this.address = await this.grpc.start();
    this.relay.start();
    this.scheduler.start();
    for (const [index, subscription] of this.subscriptions.entries()) {
      const consumer = this.subscriptions.length === 1 ? this.name : `${this.name}.${index + 1}`;
      await this.resources.bus.subscribe(consumer, subscription.patterns, (envelope) => subscription.consume(envelope));
    }
    this.logger.info({ grpcAddress: this.address }, 'service started');
    return this.address;
  }

  /**
   * Stops taking calls, lets in-flight ones finish, publishes what the outbox still holds and
   * closes the store. The host stops event consumption before, since the bus may be shared.
   */
  async stop(graceMs = 5000): Promise<void> {
    await this.grpc.shutdown(graceMs);
    await this.scheduler.stop();
    await this.relay.stop();
    await this.store.close();
    for (const hook of this.stopHooks) await hook();
    this.logger.info('service stopped');
    this.logger.flush();
  }
}
