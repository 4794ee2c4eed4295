import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSqliteStore, ManualClock, type Clock, type CollectionSpec, type ServiceName, type StoredDocument } from '@ecticket/platform';
import { idempotencyRecords, type IdempotencyRecord } from '../../src/application/idempotency';
import { startGateway, type GatewayOptions, type gatewaySettingsShape, type RunningGateway } from '../../src/main';
import { AccountServiceDouble } from './account-double';
import { RefusingServices } from './refusing-services';

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly contentType: string;
  /** The JSON body; {} for any other. */
  readonly body: Record<string, unknown>;
  readonly text: string;
}

export interface RequestOptions {
  readonly token?: string;
  /** A value to send as JSON, or a string sent as it is. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type GatewaySettings = Partial<Record<keyof typeof gatewaySettingsShape, string>>;

/** The real gateway with its own SQLite store and keys in a temp directory, in front of the services `addressOf` names. */
export class GatewayUnderTest {
  private constructor(
    private gateway: RunningGateway,
    private readonly options: GatewayOptions,
    /** Its store (`gateway.sqlite`) and its keys (`gateway-keys/`). */
    readonly dataDir: string,
    private readonly ownsDataDir: boolean,
  ) {}

  static async start(addressOf: (service: ServiceName) => string, settings: GatewaySettings = {}, clock?: Clock): Promise<GatewayUnderTest> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecticket-gateway-'));
    const options: GatewayOptions = {
      directory: { addressOf },
      logLevel: 'silent',
      port: 0,
      host: '127.0.0.1',
      environment: { DATA_DIR: dataDir, ...settings },
      ...(clock ? { clock } : {}),
    };
    return new GatewayUnderTest(await startGateway(options), options, dataDir, true);
  }

  /** A second gateway on this one's store and keys, as a replica runs; stopping it leaves them. */
  async replica(): Promise<GatewayUnderTest> {
    return new GatewayUnderTest(await startGateway(this.options), this.options, this.dataDir, false);
  }

  /** Stops the gateway and starts it again on the same store and keys (on another port). */
  async restart(): Promise<void> {
    await this.gateway.stop();
    this.gateway = await startGateway(this.options);
  }

  get url(): string {
    return this.gateway.url;
  }

  get logger(): RunningGateway['logger'] {
    return this.gateway.logger;
  }

  async stop(): Promise<void> {
    await this.gateway.stop();
    if (this.ownsDataDir) fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** What the gateway's own store holds in a collection, read through a second connection. */
  async stored<T extends StoredDocument>(collection: CollectionSpec<T>): Promise<T[]> {
    const store = createSqliteStore({ file: path.join(this.dataDir, 'gateway.sqlite') });
    try {
      return await store.collection(collection).find({});
    } finally {
      await store.close();
    }
  }

  idempotencyRecords(): Promise<IdempotencyRecord[]> {
    return this.stored(idempotencyRecords);
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    const body = typeof options.body === 'string' || options.body === undefined ? options.body : JSON.stringify(options.body);
    const response = await fetch(`${this.gateway.url}${path}`, { method: method.toUpperCase(), headers, body });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      headers: response.headers,
      contentType,
      body: text !== '' && contentType.includes('json') ? (JSON.parse(text) as Record<string, unknown>) : {},
      text,
    };
  }
}

/** The gateway in front of the account service double and services that hold nothing, on a manual clock. */
export class GatewayHarness {
  private constructor(
    readonly gateway: GatewayUnderTest,
    readonly account: AccountServiceDouble,
    readonly services: RefusingServices,
    readonly clock: ManualClock,
  ) {}

  static async start(settings: GatewaySettings = {}): Promise<GatewayHarness> {
    const account = new AccountServiceDouble();
    const services = new RefusingServices();
    const clock = new ManualClock(new Date());
    const [accountAddress, servicesAddress] = await Promise.all([account.start(), services.start()]);
    const gateway = await GatewayUnderTest.start((service) => (service === 'account' ? accountAddress : servicesAddress), settings, clock);
    return new GatewayHarness(gateway, account, services, clock);
  }

  async stop(): Promise<void> {
    await this.gateway.stop();
    await this.account.stop();
    await this.services.stop();
  }

  request(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    return this.gateway.request(method, path, options);
  }

  idempotencyRecords(): Promise<IdempotencyRecord[]> {
    return this.gateway.idempotencyRecords();
  }
}

/** Settles when `check` holds; fails after `timeoutMs`. */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > giveUpAt) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
