import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  createInProcessBus,
  createLogger,
  createSqliteStore,
  openServiceStore,
  systemClock,
  type Clock,
  type EventEnvelope,
  type HostResources,
  type InProcessBus,
  type ServiceName,
  type ServiceRuntime,
} from '@ecticket/platform';
import { startAccountService } from '@ecticket/account';
import { startIssuanceService } from '@ecticket/issuance';
import { startPaymentService } from '@ecticket/payment';
import { createIssuanceClient, type IssuanceClient } from '../../src/infrastructure/issuance-client';
import { GatewayUnderTest, type Answer, type GatewaySettings, type RequestOptions } from './gateway-harness';

export const operatorPassword = 'operator-password-for-gateway-tests';
const ownerPassword = 'owner-password-for-gateway-tests';
const contract = { payoutDays: 7, guaranteeDays: 365, giftVouchersEnabled: true, smsServiceEnabled: false };

type Started = 'account' | 'issuance' | 'payment';

/**
 * The gateway in front of the real account, issuance and payment services, each with its own
 * SQLite store and all on one in-process bus, in a temp directory. The gateway starts first, so
 * the services can be told its URL: wallet links and the test processor's checkout live under
 * it, and the test processor posts its signed notices to its callback route.
 */
export class PlatformUnderTest {
  /** The issuance service's gRPC API, as the notification service calls it (wallet links, pickup codes). */
  readonly issuance: IssuanceClient;

  private constructor(
    readonly gateway: GatewayUnderTest,
    readonly services: ReadonlyMap<Started, ServiceRuntime>,
    private readonly bus: InProcessBus,
    private readonly dataDir: string,
    addresses: ReadonlyMap<ServiceName, string>,
  ) {
    this.issuance = createIssuanceClient({ addressOf: (service) => addresses.get(service) ?? '' }, silentLogger);
  }

  /** `gatewayClock` moves the gateway's time only; the services keep real time. */
  static async start(settings: GatewaySettings = {}, gatewayClock?: Clock): Promise<PlatformUnderTest> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecticket-gateway-platform-'));
    const addresses = new Map<ServiceName, string>();
    const gateway = await GatewayUnderTest.start((service) => addresses.get(service) ?? 'unstarted:1', settings, gatewayClock);
    const bus = await createInProcessBus({
      store: createSqliteStore({ file: path.join(dataDir, 'bus.sqlite') }),
      options: { exchange: 'gateway-platform-test', maxAttempts: 3, retryDelayMs: 50, prefetch: 10 },
      logger: silentLogger,
      clock: systemClock,
      pollIntervalMs: 10,
    });
    const resources: HostResources = {
      environment: {
        DATA_DIR: dataDir,
        OPERATOR_PASSWORD: operatorPassword,
        PASSWORD_HASH_LOG2_COST: '10',
        PUBLIC_BASE_URL: gateway.url,
        PAYMENT_CALLBACK_URL: `${gateway.url}/v1/payments/callback`,
      },
      bus,
      clock: systemClock,
      logLevel: 'silent',
      directory: { addressOf: (service) => addresses.get(service) ?? 'unstarted:1' },
      openStore: (service) => openServiceStore(service, { dataDir }),
    };
    const services = new Map<Started, ServiceRuntime>();
    for (const [name, start] of [
      ['account', startAccountService],
      ['issuance', startIssuanceService],
      ['payment', startPaymentService],
    ] as const) {
      const runtime = await start(resources, '127.0.0.1:0');
      services.set(name, runtime);
      addresses.set(name, runtime.grpcAddress);
    }
    return new PlatformUnderTest(gateway, services, bus, dataDir, addresses);
  }

  /** Publishes events as a service that is not started here (redemption) would. */
  async publish(...envelopes: EventEnvelope[]): Promise<void> {
    await this.bus.publish(envelopes);
  }

  service(name: Started): ServiceRuntime {
    const runtime = this.services.get(name);
    if (!runtime) throw new Error(`${name} is not running`);
    return runtime;
  }

  async stop(): Promise<void> {
    this.issuance.close();
    await this.gateway.stop();
    await this.bus.stopConsuming();
    for (const runtime of [...this.services.values()].reverse()) await runtime.stop();
    await this.bus.close();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  request(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    return this.gateway.request(method, path, options);
  }

  /** Answers 2xx, or fails the test with what came back instead. */
  async ok(method: string, path: string, options: RequestOptions = {}): Promise<Record<string, unknown>> {
    const answer = await this.request(method, path, options);
    if (answer.status >= 300) throw new Error(`${method.toUpperCase()} ${path} answered ${answer.status}: ${answer.text}`);
    return answer.body;
  }

  async login(username: string, password: string, merchantId?: string): Promise<string> {
    const session = await this.ok('post', '/v1/sessions', { body: { username, password, ...(merchantId ? { merchantId } : {}) } });
    return String(session.accessToken);
  }

  /** A new merchant onboarded by the operator, and its owner's access token. */
  async onboardMerchant(): Promise<{ merchantId: string; owner: string }> {
    const operator = await this.login('operator', operatorPassword);
    const ownerUsername = `owner-${randomUUID().slice(0, 8)}`;
    const merchant = await this.ok('post', '/v1/operator/merchants', {
      token: operator,
      body: { name: `Tea House ${ownerUsername}`, contract, ownerUsername, ownerPassword },
    });
    const merchantId = String(merchant.id);
    return { merchantId, owner: await this.login(ownerUsername, ownerPassword, merchantId) };
  }
}

const silentLogger = createLogger({ service: 'gateway-platform-test', level: 'silent' });
