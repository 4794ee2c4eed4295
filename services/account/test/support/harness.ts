import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Metadata, credentials } from '@grpc/grpc-js';
import type { accountV1 } from '@ecticket/contracts';
import {
  ManualClock,
  createGrpcClient,
  createInProcessBus,
  createLogger,
  createSqliteStore,
  fromServiceError,
  openServiceStore,
  type DecodedResponseOf,
  type GrpcClient,
  type InProcessBus,
  type MethodName,
  type RequestOf,
  type ServiceRuntime,
} from '@ecticket/platform';
import { startAccountService } from '../../src/main';
import { accountServiceDefinition } from '../../src/transport/grpc/account-service';

type Definition = accountV1.AccountServiceDefinition;
type Method = MethodName<Definition>;

export const OPERATOR_PASSWORD = 'operator-password-for-tests';
export const PASSWORD = 'a-long-enough-password';

export const contract = { payoutDays: 7, guaranteeDays: 365, giftVouchersEnabled: true, smsServiceEnabled: true };

/**
 * The account service started for real: its own SQLite file in a temp directory, an in-process
 * bus on another, a manual clock, its gRPC server on a free loopback port. `call` sends a request
 * as a person (with their access token in the `authorization` metadata); `services` is the
 * platform's client, as other services call.
 */
export class AccountHarness {
  readonly clock = new ManualClock('2026-03-01T09:00:00.000Z');
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'account-service-'));
  private runtime: ServiceRuntime | null = null;
  private bus: InProcessBus | null = null;
  private client: Client | null = null;
  private servicesClient: GrpcClient<Definition> | null = null;
  private readonly definition = accountServiceDefinition();

  async start(environment: Record<string, string> = {}): Promise<this> {
    const logger = createLogger({ service: 'account-test', level: 'silent' });
    this.bus ??= await createInProcessBus({
      store: createSqliteStore({ file: path.join(this.dataDir, 'bus.sqlite') }),
      options: { exchange: 'account-test', maxAttempts: 3, retryDelayMs: 50, prefetch: 10 },
      logger,
      clock: this.clock,
    });
    const dataDir = this.dataDir;
    this.runtime = await startAccountService(
      {
        environment: this.environment(environment),
        bus: this.bus,
        clock: this.clock,
        logLevel: 'silent',
        directory: { addressOf: (service) => { throw new Error(`no ${service} in this test`); } },
        openStore: (service) => openServiceStore(service, { dataDir }),
      },
      '127.0.0.1:0',
    );
    this.client = new Client(this.runtime.grpcAddress, credentials.createInsecure());
    const address = this.runtime.grpcAddress;
    this.servicesClient = createGrpcClient({ definition: this.definition, address, logger });
    return this;
  }

  private environment(overrides: Record<string, string>): Record<string, string> {
    return {
      DATA_DIR: this.dataDir,
      PASSWORD_HASH_LOG2_COST: '10',
      OPERATOR_PASSWORD,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '30',
      ...overrides,
    };
  }

  get service(): ServiceRuntime {
    if (!this.runtime) throw new Error('not started');
    return this.runtime;
  }

  get eventBus(): InProcessBus {
    if (!this.bus) throw new Error('not started');
    return this.bus;
  }

  /** The platform's own client, as other services call the checks. */
  get services(): GrpcClient<Definition> {
    if (!this.servicesClient) throw new Error('not started');
    return this.servicesClient;
  }

  /** A call on behalf of the person holding `token` (none: an anonymous call). */
  call<M extends Method>(method: M, request: RequestOf<Definition[M]>, token?: string): Promise<DecodedResponseOf<Definition[M]>> {
    const client = this.client;
    if (!client) throw new Error('not started');
    const definition = this.definition[method];
    const metadata = new Metadata();
    if (token !== undefined) metadata.set('authorization', `Bearer ${token}`);
    return new Promise((resolve, reject) => {
      client.makeUnaryRequest(
        definition.path,
        definition.requestSerialize as (value: unknown) => Buffer,
        definition.responseDeserialize as (bytes: Buffer) => unknown,
        request,
        metadata,
        { deadline: Date.now() + 10_000 },
        (error, response) => (error ? reject(fromServiceError(error, definition.path)) : resolve(response as DecodedResponseOf<Definition[M]>)),
      );
    });
  }

  async login(merchantId: string, username: string, password = PASSWORD, clientAddress = ''): Promise<string> {
    const response = await this.call('Login', { merchantId, username, password, clientAddress });
    return response.accessToken;
  }

  operatorToken(): Promise<string> {
    return this.login('', 'operator', OPERATOR_PASSWORD);
  }

  /** Stops the service but keeps its files, to start it again on the same data. */
  async stopService(): Promise<void> {
    this.client?.close();
    this.servicesClient?.close();
    await this.runtime?.stop(1000);
    this.runtime = null;
  }

  async stop(): Promise<void> {
    await this.stopService();
    await this.bus?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export interface TestMerchant {
  readonly merchantId: string;
  readonly ownerUsername: string;
  readonly ownerToken: string;
}

let merchantCount = 0;

/** A merchant created by the operator, with its owner logged in. */
export async function newMerchant(harness: AccountHarness, options: { name?: string; smsServiceEnabled?: boolean } = {}): Promise<TestMerchant> {
  merchantCount += 1;
  const ownerUsername = `owner${merchantCount}`;
  const merchant = await harness.call(
    'CreateMerchant',
    {
      name: options.name ?? `Merchant ${merchantCount}`,
      contract: { ...contract, smsServiceEnabled: options.smsServiceEnabled ?? true },
      ownerUsername,
      ownerPassword: PASSWORD,
      storeWebsiteUrl: 'https://shop.example',
    },
    await harness.operatorToken(),
  );
  return { merchantId: merchant.id, ownerUsername, ownerToken: await harness.login(merchant.id, ownerUsername) };
}

let subAccountCount = 0;

export interface TestSubAccount {
  readonly id: string;
  readonly username: string;
  token(): Promise<string>;
}

/** A sub-account created by the owner, with a function that logs it in. */
export async function newSubAccount(
  harness: AccountHarness,
  merchant: TestMerchant,
  permissions: string[],
  branchId = '',
): Promise<TestSubAccount> {
  subAccountCount += 1;
  const username = `clerk${subAccountCount}`;
  const created = await harness.call(
    'CreateSubAccount',
    { merchantId: '', username, displayName: `Clerk ${subAccountCount}`, password: PASSWORD, permissions, branchId },
    merchant.ownerToken,
  );
  return { id: created.id, username, token: () => harness.login(merchant.merchantId, username) };
}

let branchCount = 0;

export async function newBranch(harness: AccountHarness, merchant: TestMerchant): Promise<string> {
  branchCount += 1;
  const branch = await harness.call('CreateBranch', { merchantId: '', name: `Branch ${branchCount}`, code: `B${branchCount}`, address: '' }, merchant.ownerToken);
  return branch.id;
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
