import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { accountV1, settlementV1 } from '@ecticket/contracts';
import { startAccountService } from '@ecticket/account';
import {
  ManualClock,
  busDeliveriesCollection,
  createGrpcClient,
  createInProcessBus,
  createLogger,
  createSqliteStore,
  loadServiceDefinition,
  openServiceStore,
  systemClock,
  type EventBus,
  type EventEnvelope,
  type EventHandler,
  type GrpcClient,
  type InProcessBus,
  type ServiceRuntime,
  type Store,
} from '@ecticket/platform';
import { startSettlementService } from '../../src/main';
import { settlementServiceDefinition } from '../../src/transport/grpc/settlement-service';

const OPERATOR_PASSWORD = 'operator-password-for-settlement-tests';
const PASSWORD = 'a-long-enough-password';
export const PAYOUT_DAYS = 7;

type AccountClient = GrpcClient<accountV1.AccountServiceDefinition>;
type SettlementClient = GrpcClient<settlementV1.SettlementServiceDefinition>;

/**
 * The settlement service started for real (its SQLite store in a temp directory, a manual clock,
 * an in-process bus, its gRPC server on a free port), next to the real account service (on the
 * system clock, so access tokens stay valid while the test moves settlement's clock by days).
 * Events are fed as envelopes on the bus; what settlement emits is collected in `emitted`.
 */
export class SettlementHarness {
  readonly clock = new ManualClock('2026-03-02T09:00:00+08:00');
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'settlement-service-'));
  readonly emitted: EventEnvelope[] = [];
  private readonly logger = createLogger({ service: 'settlement-test', level: 'silent' });
  private busStore: Store | null = null;
  private eventBus: InProcessBus | null = null;
  private accountBus: InProcessBus | null = null;
  private accountRuntime: ServiceRuntime | null = null;
  private runtime: ServiceRuntime | null = null;
  private settlementHandler: EventHandler | null = null;
  private settlementClient: SettlementClient | null = null;
  private accountClient: AccountClient | null = null;

  async start(environment: Record<string, string> = {}): Promise<this> {
    const accountDir = path.join(this.dataDir, 'account');
    this.accountBus = await this.newBus(path.join(accountDir, 'bus.sqlite'), 'account-test');
    this.accountRuntime = await startAccountService(
      {
        environment: { DATA_DIR: accountDir, OPERATOR_PASSWORD, PASSWORD_HASH_LOG2_COST: '10' },
        bus: this.accountBus,
        clock: systemClock,
        logLevel: 'silent',
        directory: { addressOf: (service) => unreachable(service) },
        openStore: (service) => openServiceStore(service, { dataDir: accountDir }),
      },
      '127.0.0.1:0',
    );
    const accountAddress = this.accountRuntime.grpcAddress;
    this.busStore = createSqliteStore({ file: path.join(this.dataDir, 'bus.sqlite') });
    this.eventBus = await createInProcessBus({
      store: this.busStore,
      options: { exchange: 'settlement-test', maxAttempts: 5, retryDelayMs: 20, prefetch: 20 },
      logger: this.logger,
      clock: systemClock,
    });
    await this.eventBus.subscribe('observer', ['settlement.#'], async (envelope) => {
      this.emitted.push(envelope);
    });
    const dataDir = this.dataDir;
    this.runtime = await startSettlementService(
      {
        environment: { DATA_DIR: dataDir, ...environment },
        bus: this.handlerRecordingBus(this.eventBus),
        clock: this.clock,
        logLevel: process.env.SETTLEMENT_TEST_LOG ?? 'silent',
        directory: { addressOf: (service) => (service === 'account' ? accountAddress : unreachable(service)) },
        openStore: (service) => openServiceStore(service, { dataDir }),
      },
      '127.0.0.1:0',
    );
    // The test moves the clock and runs the jobs itself: the scheduler's own timer would run them at moments of its choosing.
    await this.runtime.scheduler.stop();
    this.settlementClient = createGrpcClient({ definition: settlementServiceDefinition(), address: this.runtime.grpcAddress, logger: this.logger, deadlineMs: 10_000 });
    this.accountClient = createGrpcClient({
      definition: loadServiceDefinition<accountV1.AccountServiceDefinition>(['account.proto'], 'ecticket.account.v1.AccountService'),
      address: accountAddress,
      logger: this.logger,
      deadlineMs: 10_000,
    });
    return this;
  }

  private newBus(file: string, exchange: string): Promise<InProcessBus> {
    return createInProcessBus({ store: createSqliteStore({ file }), options: { exchange, maxAttempts: 3, retryDelayMs: 20, prefetch: 10 }, logger: this.logger, clock: systemClock });
  }

  /** The bus as settlement sees it, keeping the handler settlement subscribes with so `handleAtOnce` can call it. */
  private handlerRecordingBus(bus: InProcessBus): EventBus {
    return {
      kind: bus.kind,
      publish: (envelopes) => bus.publish(envelopes),
      subscribe: async (consumer, patterns, handler) => {
        this.settlementHandler = handler;
        await bus.subscribe(consumer, patterns, handler);
      },
      stopConsuming: () => bus.stopConsuming(),
      isConnected: () => bus.isConnected(),
      close: () => bus.close(),
    };
  }

  get service(): ServiceRuntime {
    return required(this.runtime);
  }

  get settlement(): SettlementClient {
    return required(this.settlementClient);
  }

  get account(): AccountClient {
    return required(this.accountClient);
  }

  get bankSyncDir(): string {
    return path.join(this.dataDir, 'bank-sync');
  }

  /** Publishes the envelopes (in this order, all at once) and waits until settlement has handled every delivery. */
  async deliver(...envelopes: EventEnvelope[]): Promise<void> {
    await required(this.eventBus).publish(envelopes);
    await this.idle();
  }

  /**
   * Hands every envelope to settlement's event handler at the same time, each once, as a bus with all
   * of them in flight would, but without the bus's redeliveries: each must succeed on its one delivery.
   * Fails naming the deliveries that did not, once all have finished.
   */
  async handleAtOnce(envelopes: readonly EventEnvelope[]): Promise<void> {
    const handler = required(this.settlementHandler);
    const outcomes = await Promise.allSettled(envelopes.map((envelope) => handler(envelope, { attempt: 1, redelivered: false })));
    const failures = outcomes.flatMap((outcome, index) => (outcome.status === 'rejected' ? [`${envelopes[index]?.type ?? '?'}: ${String(outcome.reason)}`] : []));
    if (failures.length > 0) throw new Error(`${failures.length} of ${envelopes.length} deliveries failed: ${[...new Set(failures)].join('; ')}`);
    await this.idle();
  }

  /** Runs the scheduled jobs due at the clock's time, and waits for their events. */
  async runJobs(): Promise<string[]> {
    const ran = await this.service.scheduler.runDueJobs();
    await this.idle();
    return ran;
  }

  /** Moves the clock to an instant (`2026-03-02T22:30:00+08:00`) and runs the jobs due then. */
  async at(instant: string): Promise<string[]> {
    this.clock.set(instant);
    return this.runJobs();
  }

  /** Waits until no delivery is waiting for settlement or the observer, and fails on a dead letter. */
  async idle(): Promise<void> {
    await this.service.relay.flush();
    const deliveries = required(this.busStore).collection(busDeliveriesCollection);
    await eventually(async () => (await deliveries.count({ status: 'ready' })) === 0);
    const dead = await deliveries.find({ status: 'dead' });
    if (dead.length > 0) throw new Error(`dead-lettered: ${dead.map((row) => `${row.envelope.type} (${row.lastError ?? ''})`).join('; ')}`);
  }

  invariants(merchantId = ''): Promise<settlementV1.LedgerInvariants__Output> {
    return this.settlement.CheckLedgerInvariants({ merchantId });
  }

  emittedOf(type: string): EventEnvelope[] {
    return this.emitted.filter((envelope) => envelope.type === type);
  }

  /** A call of a person: their token in the `authorization` metadata. */
  as(token: string): { metadata: Record<string, string> } {
    return { metadata: { authorization: `Bearer ${token}` } };
  }

  async stop(): Promise<void> {
    this.settlementClient?.close();
    this.accountClient?.close();
    await this.eventBus?.stopConsuming();
    await this.runtime?.stop(1000);
    await this.eventBus?.close();
    await this.accountBus?.stopConsuming();
    await this.accountRuntime?.stop(1000);
    await this.accountBus?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  // ---- accounts ----

  async login(merchantId: string, username: string, password = PASSWORD): Promise<string> {
    return (await this.account.Login({ merchantId, username, password, clientAddress: '' })).accessToken;
  }

  /** A merchant with payout days PAYOUT_DAYS, its owner, two branches and staff holding `reports`. */
  async newMerchant(): Promise<TestMerchant> {
    merchantCount += 1;
    const operator = await this.login('', 'operator', OPERATOR_PASSWORD);
    const ownerUsername = `owner${merchantCount}`;
    const merchant = await this.account.CreateMerchant(
      {
        name: `Merchant ${merchantCount}`,
        contract: { payoutDays: PAYOUT_DAYS, guaranteeDays: 30, giftVouchersEnabled: true, smsServiceEnabled: false },
        ownerUsername,
        ownerPassword: PASSWORD,
        storeWebsiteUrl: 'https://shop.example',
      },
      this.as(operator),
    );
    const ownerToken = await this.login(merchant.id, ownerUsername);
    const branch = (code: string) => this.account.CreateBranch({ merchantId: '', name: `Branch ${code}`, code, address: '' }, this.as(ownerToken));
    const [east, west] = await Promise.all([branch('EAST'), branch('WEST')]);
    const staff = async (name: string, permissions: string[], branchId: string) => {
      const username = `${name}${merchantCount}`;
      await this.account.CreateSubAccount({ merchantId: '', username, displayName: `${name} ${merchantCount}`, password: PASSWORD, permissions, branchId }, this.as(ownerToken));
      return this.login(merchant.id, username);
    };
    return {
      merchantId: merchant.id,
      operatorToken: operator,
      ownerToken,
      east: { id: east.id, name: east.name, code: east.code },
      west: { id: west.id, name: west.name, code: west.code },
      headOfficeReports: await staff('accountant', ['reports'], ''),
      eastReports: await staff('eastclerk', ['reports', 'redeem'], east.id),
      noReports: await staff('cashier', ['redeem'], ''),
    };
  }
}

let merchantCount = 0;

export interface TestBranch {
  readonly id: string;
  readonly name: string;
  readonly code: string;
}

export interface TestMerchant {
  readonly merchantId: string;
  readonly operatorToken: string;
  readonly ownerToken: string;
  readonly east: TestBranch;
  readonly west: TestBranch;
  /** Head office sub-account holding `reports`. */
  readonly headOfficeReports: string;
  /** Sub-account of the east branch holding `reports`. */
  readonly eastReports: string;
  /** Head office sub-account without `reports`. */
  readonly noReports: string;
}

/** Polls until the condition holds (the bus delivers asynchronously). */
export async function eventually(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The refusal a call ends with: its category and stable code. */
export async function refusalOf(call: Promise<unknown>): Promise<{ category: string; code: string; details: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    const { category, code, details } = error as { category: string; code: string; details: Record<string, unknown> };
    return { category, code, details };
  }
  throw new Error('expected the call to be refused');
}

function required<T>(value: T | null): T {
  if (value === null) throw new Error('the harness has not started');
  return value;
}

function unreachable(service: string): never {
  throw new Error(`no ${service} service in this test`);
}

/**
 * A test file's started harness with a merchant (one for the file, or a fresh one for every test),
 * stopped after the file; after each test the ledger invariants must hold (T13: every balance
 * consistent, the ledger sums to zero, escrow = unused vouchers).
 */
export function settlementSuite(options: { readonly merchantPerTest?: boolean } = {}): {
  readonly harness: SettlementHarness;
  readonly merchant: TestMerchant;
  /** A new merchant from here on in the test. */
  renewMerchant(): Promise<TestMerchant>;
} {
  const harness = new SettlementHarness();
  let current: TestMerchant | undefined;
  const renewMerchant = async (): Promise<TestMerchant> => (current = await harness.newMerchant());
  beforeAll(async () => {
    await harness.start();
    if (!options.merchantPerTest) await renewMerchant();
  }, 60_000);
  afterAll(() => harness.stop());
  if (options.merchantPerTest) beforeEach(renewMerchant);
  afterEach(async () => {
    expect(await harness.invariants()).toMatchObject({ ok: true, violations: [], ledgerSum: '0', unbalancedJournalCount: 0 });
  });
  return {
    harness,
    get merchant(): TestMerchant {
      if (!current) throw new Error('the settlement suite has not started');
      return current;
    },
    renewMerchant,
  };
}
