import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { orderNotificationRequestedV1, type notificationV1, type OrderNotificationRequestedV1 } from '@ecticket/contracts';
import {
  ManualClock,
  busDeliveriesCollection,
  buildEnvelope,
  createGrpcClient,
  createInProcessBus,
  createLogger,
  createSqliteStore,
  newId,
  openServiceStore,
  systemClock,
  type EventEnvelope,
  type GrpcClient,
  type InProcessBus,
  type ServiceRuntime,
  type Store,
} from '@ecticket/platform';
import { startNotificationService } from '../../src/main';
import { deliveries } from '../../src/infrastructure/collections';
import type { Delivery } from '../../src/domain/delivery';
import { notificationServiceDefinition } from '../../src/transport/grpc/notification-service';
import { IssuanceStandIn } from './issuance-stand-in';

type NotificationClient = GrpcClient<notificationV1.NotificationServiceDefinition>;

/**
 * The notification service started for real (its SQLite store in a temp directory, a manual clock,
 * an in-process bus that retries quickly, its gRPC server on a free port, the file providers), next
 * to a stand-in of the issuance service. Requests are published on the bus as envelopes.
 */
export class NotificationHarness {
  readonly clock = new ManualClock('2026-03-02T09:00:00+08:00');
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'notification-service-'));
  readonly issuance = new IssuanceStandIn();
  private readonly logger = createLogger({ service: 'notification-test', level: 'silent' });
  private busStore: Store | null = null;
  private bus: InProcessBus | null = null;
  private runtime: ServiceRuntime | null = null;
  private client: NotificationClient | null = null;

  async start(options: { maxAttempts?: number } = {}): Promise<this> {
    const issuanceAddress = await this.issuance.start();
    this.busStore = createSqliteStore({ file: path.join(this.dataDir, 'bus.sqlite') });
    this.bus = await createInProcessBus({
      store: this.busStore,
      options: { exchange: 'notification-test', maxAttempts: options.maxAttempts ?? 5, retryDelayMs: 20, prefetch: 10 },
      logger: this.logger,
      clock: systemClock,
    });
    const dataDir = this.dataDir;
    this.runtime = await startNotificationService(
      {
        environment: { DATA_DIR: dataDir },
        bus: this.bus,
        clock: this.clock,
        logLevel: process.env.NOTIFICATION_TEST_LOG ?? 'silent',
        directory: { addressOf: (service) => (service === 'issuance' ? issuanceAddress : unreachable(service)) },
        openStore: (service) => openServiceStore(service, { dataDir }),
      },
      '127.0.0.1:0',
    );
    // The scheduled jobs run when a test says so (runJobs), at the manual clock's time.
    await this.runtime.scheduler.stop();
    this.client = createGrpcClient({ definition: notificationServiceDefinition(), address: this.runtime.grpcAddress, logger: this.logger, deadlineMs: 10_000 });
    return this;
  }

  get notification(): NotificationClient {
    return required(this.client);
  }

  get mailDrop(): string {
    return path.join(this.dataDir, 'mail-drop');
  }

  get smsDrop(): string {
    return path.join(this.dataDir, 'sms-drop');
  }

  /** The files a drop folder holds, oldest first, with their contents. */
  dropped(folder: string): string[] {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return [];
    }
    return names.map((name) => readFileSync(path.join(folder, name), 'utf8'));
  }

  async delivery(requestId: string, channel: 'email' | 'sms'): Promise<Delivery | null> {
    return this.service.store.collection(deliveries).get(`${requestId}/${channel}`);
  }

  /** Runs the service's scheduled jobs that are due at the manual clock's time. */
  async runJobs(): Promise<void> {
    await this.service.scheduler.runDueJobs();
  }

  get service(): ServiceRuntime {
    return required(this.runtime);
  }

  /** Publishes the envelopes and waits until the service has handled every delivery of them. */
  async deliver(...envelopes: EventEnvelope[]): Promise<void> {
    await required(this.bus).publish(envelopes);
    await this.idle();
  }

  /** Waits until nothing waits for delivery; fails on a dead letter. */
  async idle(): Promise<void> {
    const rows = required(this.busStore).collection(busDeliveriesCollection);
    await eventually(async () => (await rows.count({ status: 'ready' })) === 0);
    const dead = await rows.find({ status: 'dead' });
    if (dead.length > 0) throw new Error(`dead-lettered: ${dead.map((row) => `${row.envelope.type} (${row.lastError ?? ''})`).join('; ')}`);
  }

  async stop(): Promise<void> {
    this.client?.close();
    await this.bus?.stopConsuming();
    await this.runtime?.stop(1000);
    await this.bus?.close();
    await this.issuance.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** An `order.notification_requested` envelope, its payload validated by the contract. */
export function notificationRequested(overrides: Partial<OrderNotificationRequestedV1> & Pick<OrderNotificationRequestedV1, 'orderId' | 'merchantId'>): EventEnvelope {
  const data: OrderNotificationRequestedV1 = {
    requestId: `request-${newId()}`,
    reason: 'issued',
    form: 'electronic',
    recipient: { name: 'Lin Mei', email: 'mei@example.com', phone: '0912345678' },
    channels: ['email'],
    links: ['wallet_link'],
    ticketIds: ['ticket-1', 'ticket-2'],
    requestedByAccountId: null,
    requestedAt: '2026-03-02T01:00:00.000Z',
    ...overrides,
  };
  return buildEnvelope({
    type: orderNotificationRequestedV1.type,
    version: orderNotificationRequestedV1.version,
    producer: 'issuance',
    merchantId: data.merchantId,
    data: orderNotificationRequestedV1.schema.parse(data),
  });
}

export function requestIdOf(envelope: EventEnvelope): string {
  return (envelope.data as OrderNotificationRequestedV1).requestId;
}

/** Polls until the condition holds (the bus delivers asynchronously). */
export async function eventually(condition: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function required<T>(value: T | null): T {
  if (value === null) throw new Error('the harness has not started');
  return value;
}

function unreachable(service: string): never {
  throw new Error(`no ${service} service in this test`);
}
