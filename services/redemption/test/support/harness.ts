import { randomBytes, createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { accountV1, redemptionV1, TicketIssuedV1 } from '@ecticket/contracts';
import {
  ManualClock,
  buildEnvelope,
  createInProcessBus,
  createLogger,
  createSqliteStore,
  inboxCollection,
  loadServiceDefinition,
  openServiceStore,
  systemClock,
  type EventEnvelope,
  type HostResources,
  type InProcessBus,
  type ServiceName,
  type ServiceRuntime,
} from '@ecticket/platform';
import { startAccountService } from '@ecticket/account';
import { startRedemptionService } from '../../src/main';
import { ticketUsages, type StoredUsage } from '../../src/infrastructure/collections';
import { redemptionServiceDefinition } from '../../src/transport/grpc/redemption-service';
import { Caller, eventually } from './grpc';
import { IssuanceKeysStandIn, SettlementStandIn } from './stand-ins';
import { StoreFaults } from './store-faults';

export const OPERATOR_PASSWORD = 'operator-password-for-redemption-tests';

/**
 * The redemption service started for real (its own SQLite file, a manual clock, its gRPC server on
 * a free loopback port) beside the real account service (on the system clock, so access tokens
 * stay valid while the test moves the redemption service's time), with stand-ins for the
 * issuance service's QR keys and settlement's ClaimCancellation. Tickets arrive as real
 * ticket.issued.v1 envelopes on the in-process bus; what the service publishes is collected.
 * The service's store fails the writes `storeFaults` is told to; its scheduled jobs run when a
 * test calls runDueJobs.
 */
export class RedemptionHarness {
  readonly clock = new ManualClock('2026-03-01T02:00:00.000Z');
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'redemption-service-'));
  readonly issuance = new IssuanceKeysStandIn();
  readonly settlement = new SettlementStandIn();
  readonly storeFaults = new StoreFaults();
  /** Every event the redemption service published, in order. */
  readonly published: EventEnvelope[] = [];
  private bus: InProcessBus | null = null;
  private accountRuntime: ServiceRuntime | null = null;
  private runtime: ServiceRuntime | null = null;
  private accountCaller: Caller<accountV1.AccountServiceDefinition> | null = null;
  private redemptionCaller: Caller<redemptionV1.RedemptionServiceDefinition> | null = null;

  async start(): Promise<this> {
    const logger = createLogger({ service: 'redemption-test', level: 'silent' });
    this.bus = await createInProcessBus({
      store: createSqliteStore({ file: path.join(this.dataDir, 'bus.sqlite') }),
      options: { exchange: 'redemption-test', maxAttempts: 3, retryDelayMs: 20, prefetch: 20 },
      logger,
      clock: systemClock,
    });
    const peers = new Map<ServiceName, string>([
      ['issuance', await this.issuance.start()],
      ['settlement', await this.settlement.start()],
    ]);
    this.accountRuntime = await startAccountService(this.resources(systemClock, peers, { OPERATOR_PASSWORD, PASSWORD_HASH_LOG2_COST: '10' }), '127.0.0.1:0');
    peers.set('account', this.accountRuntime.grpcAddress);
    this.runtime = await startRedemptionService(this.resources(this.clock, peers, {}, this.storeFaults), '127.0.0.1:0');
    // The test moves the clock and runs the jobs itself: the scheduler's own timer would run them at moments of its choosing.
    await this.runtime.scheduler.stop();
    await this.bus.subscribe('test-observer', ['ticket.*.v1'], async (envelope) => {
      if (envelope.producer === 'redemption') this.published.push(envelope);
    });
    const accountDefinition = loadServiceDefinition<accountV1.AccountServiceDefinition>(['account.proto'], 'ecticket.account.v1.AccountService');
    this.accountCaller = new Caller(accountDefinition, this.accountRuntime.grpcAddress);
    this.redemptionCaller = new Caller(redemptionServiceDefinition(), this.runtime.grpcAddress);
    return this;
  }

  private resources(
    clock: HostResources['clock'],
    peers: ReadonlyMap<ServiceName, string>,
    environment: Record<string, string>,
    storeFaults?: StoreFaults,
  ): HostResources {
    const dataDir = this.dataDir;
    if (!this.bus) throw new Error('no bus');
    return {
      environment: { DATA_DIR: dataDir, ...environment },
      bus: this.bus,
      clock,
      logLevel: 'silent',
      directory: {
        addressOf(service) {
          const address = peers.get(service);
          if (!address) throw new Error(`no ${service} in this test`);
          return address;
        },
      },
      openStore: async (service) => {
        const store = await openServiceStore(service, { dataDir });
        return storeFaults ? storeFaults.wrap(store) : store;
      },
    };
  }

  get service(): ServiceRuntime {
    if (!this.runtime) throw new Error('not started');
    return this.runtime;
  }

  /** The redemption service, called as the person holding `token`. */
  get redemption(): Caller<redemptionV1.RedemptionServiceDefinition> {
    if (!this.redemptionCaller) throw new Error('not started');
    return this.redemptionCaller;
  }

  get account(): Caller<accountV1.AccountServiceDefinition> {
    if (!this.accountCaller) throw new Error('not started');
    return this.accountCaller;
  }

  get eventBus(): InProcessBus {
    if (!this.bus) throw new Error('not started');
    return this.bus;
  }

  /** Publishes a ticket.issued.v1 as the issuance service does and waits until the ticket's usage record exists. */
  async issue(overrides: Partial<TicketIssuedV1> & Pick<TicketIssuedV1, 'merchantId'>): Promise<TestTicket> {
    const ticket = newTicket(overrides, this.clock.now());
    await this.deliver(ticketIssuedEnvelope(ticket.data, this.clock));
    await eventually(() => this.usage(ticket.data.ticketId), `the usage record of ${ticket.data.ticketId}`);
    return ticket;
  }

  async deliver(envelope: EventEnvelope): Promise<void> {
    await this.eventBus.publish([envelope]);
  }

  usage(ticketId: string): Promise<StoredUsage | null> {
    return this.service.store.collection(ticketUsages).get(ticketId);
  }

  /** Whether the service applied (or skipped as a duplicate) the event with this id: its inbox row exists. */
  async applied(envelope: EventEnvelope): Promise<boolean> {
    return (await this.service.store.collection(inboxCollection).get(`redemption/${envelope.id}`)) !== null;
  }

  /** The first event of `type` about the ticket the redemption service published, once it arrives. */
  eventOf(type: string, ticketId: string): Promise<EventEnvelope> {
    return eventually(
      async () => this.published.find((envelope) => envelope.type === type && (envelope.data as { ticketId?: string }).ticketId === ticketId),
      `${type} of ${ticketId}`,
    );
  }

  async stop(): Promise<void> {
    this.redemptionCaller?.close();
    this.accountCaller?.close();
    await this.bus?.stopConsuming();
    await this.runtime?.stop(1000);
    await this.accountRuntime?.stop(1000);
    await this.issuance.stop();
    await this.settlement.stop();
    await this.bus?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function randomCode(length: number): string {
  return [...randomBytes(length)].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
}

export interface TestTicket {
  readonly data: TicketIssuedV1;
  readonly ticketNumber: string;
  readonly redemptionCode: string;
}

let ticketCount = 0;

/** A pickup voucher usable now, without expiry, guaranteed for a year, redeemable at any branch; overrides change that. */
export function newTicket(overrides: Partial<TicketIssuedV1> & Pick<TicketIssuedV1, 'merchantId'>, now: Date): TestTicket {
  ticketCount += 1;
  const redemptionCode = randomCode(18);
  const data: TicketIssuedV1 = {
    ticketId: `ticket-${ticketCount}-${randomCode(6)}`,
    ticketNumber: randomCode(16),
    orderId: `order-${ticketCount}`,
    productId: 'product-1',
    productName: 'Afternoon tea for two',
    ticketType: 'pickup_voucher',
    form: 'electronic',
    faceValue: 880,
    usableFrom: null,
    expiresAt: null,
    redemptionBranchIds: [],
    returnBranchIds: [],
    issuedByAccountId: null,
    issuedByBranchId: null,
    issuedAt: now.toISOString(),
    guaranteeEndsAt: new Date(now.getTime() + 365 * 24 * 3600 * 1000).toISOString(),
    redemptionCodeHash: createHash('sha256').update(redemptionCode).digest('hex'),
    ...overrides,
  };
  return { data, ticketNumber: data.ticketNumber, redemptionCode };
}

export function ticketIssuedEnvelope(data: TicketIssuedV1, clock: ManualClock): EventEnvelope {
  return buildEnvelope({ type: 'ticket.issued', version: 1, producer: 'issuance', merchantId: data.merchantId, data }, clock);
}
