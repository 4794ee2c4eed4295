import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { paymentV1 } from '@ecticket/contracts';
import {
  ManualClock,
  buildEnvelope,
  busDeliveriesCollection,
  createGrpcClient,
  createInProcessBus,
  createLogger,
  createSqliteStore,
  openServiceStore,
  outboxCollection,
  type EventEnvelope,
  type GrpcClient,
  type InProcessBus,
  type Logger,
  type ServiceRuntime,
  type Store,
} from '@ecticket/platform';
import { startPaymentService } from '../../src/main';
import { paymentServiceDefinition } from '../../src/transport/grpc/payment-service';

type Definition = paymentV1.PaymentServiceDefinition;

const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

export interface LogLine {
  readonly level: (typeof logLevels)[number];
  /** The logger call's arguments as JSON: what would be written, before any redaction. */
  readonly text: string;
}

/**
 * The payment service started for real: its own SQLite file in a temp directory, an in-process bus
 * on another, a manual clock, its gRPC server on a free loopback port, called over gRPC the way the
 * issuance service and the gateway call it. Every logger call is recorded in `logs`.
 */
export class PaymentHarness {
  readonly clock = new ManualClock('2026-03-01T09:00:00.000Z');
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'payment-service-'));
  readonly logs: LogLine[] = [];
  private runtime: ServiceRuntime | null = null;
  private bus: InProcessBus | null = null;
  private busStore: Store | null = null;
  private grpcClient: GrpcClient<Definition> | null = null;

  async start(environment: Record<string, string> = {}): Promise<this> {
    const logger = createLogger({ service: 'payment-test', level: 'silent' });
    this.busStore = createSqliteStore({ file: path.join(this.dataDir, 'bus.sqlite') });
    this.bus = await createInProcessBus({
      store: this.busStore,
      options: { exchange: 'payment-test', maxAttempts: 3, retryDelayMs: 50, prefetch: 10 },
      logger,
      clock: this.clock,
      pollIntervalMs: 20,
    });
    const dataDir = this.dataDir;
    this.runtime = await startPaymentService(
      {
        environment,
        bus: this.bus,
        clock: this.clock,
        logLevel: 'silent',
        directory: { addressOf: (service) => { throw new Error(`no ${service} in this test`); } },
        openStore: (service) => openServiceStore(service, { dataDir }),
      },
      '127.0.0.1:0',
    );
    this.record(this.runtime.logger);
    this.grpcClient = createGrpcClient({ definition: paymentServiceDefinition(), address: this.runtime.grpcAddress, logger, deadlineMs: 10_000 });
    return this;
  }

  get service(): ServiceRuntime {
    if (!this.runtime) throw new Error('not started');
    return this.runtime;
  }

  /** The service's gRPC API, as its callers use it. */
  get client(): GrpcClient<Definition> {
    if (!this.grpcClient) throw new Error('not started');
    return this.grpcClient;
  }

  get eventBus(): InProcessBus {
    if (!this.bus) throw new Error('not started');
    return this.bus;
  }

  /** Events in the service's outbox, of one type when given. */
  async outboxEvents(type?: string): Promise<EventEnvelope[]> {
    const entries = await this.service.store.collection(outboxCollection).find(type ? { 'envelope.type': type } : {});
    return entries.map((entry) => entry.envelope);
  }

  /** Publishes an event to the service as another service would. */
  async deliver(type: string, data: unknown, merchantId: string): Promise<EventEnvelope> {
    const envelope = buildEnvelope({ type, version: 1, producer: 'issuance', merchantId, data }, this.clock);
    await this.eventBus.publish([envelope]);
    return envelope;
  }

  /** Waits until the service's queue is empty (each delivery handled, or dead-lettered), moving time for retries. */
  async drainEvents(): Promise<void> {
    const deliveries = () => this.busStore?.collection(busDeliveriesCollection).count({ consumer: 'payment', status: 'ready' }) ?? Promise.resolve(0);
    await eventually(async () => {
      this.clock.advance(100);
      return (await deliveries()) === 0 ? true : undefined;
    });
  }

  logsAt(level: LogLine['level']): string[] {
    return this.logs.filter((line) => line.level === level).map((line) => line.text);
  }

  async stop(): Promise<void> {
    this.grpcClient?.close();
    await this.runtime?.stop(1000);
    await this.bus?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private record(logger: Logger): void {
    for (const level of logLevels) {
      jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => {
        this.logs.push({ level, text: JSON.stringify(args, (_key, value: unknown) => (value instanceof Error ? { message: value.message } : value)) });
      });
    }
  }
}

/** Polls `probe` until it returns a value (not undefined), for at most 10 s. */
export async function eventually<T>(probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The refusal a call ends with: its category and stable code. */
export async function refusalOf(call: Promise<unknown>): Promise<{ category: string; code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    const { category, code, message } = error as { category: string; code: string; message: string };
    return { category, code, message };
  }
  throw new Error('expected the call to be refused');
}

let orderCount = 0;

/** A new order's payment intent: 1 200 NTD unless told otherwise. */
export async function newIntent(harness: PaymentHarness, overrides: Partial<paymentV1.CreatePaymentIntentRequest> = {}): Promise<paymentV1.PaymentIntent__Output> {
  orderCount += 1;
  return harness.client.CreatePaymentIntent({
    orderId: `order-${orderCount}`,
    merchantId: 'merchant-1',
    merchantName: 'Tea House',
    amount: 1200,
    description: 'Afternoon tea for two',
    buyerEmail: 'buyer@example.com',
    ...overrides,
  });
}
