import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { startAllInOne, type AllInOnePlatform } from '@ecticket/all-in-one';
import type { Clock } from '@ecticket/platform';
import { removeIfStartFails, stopThenRemove, testExchange } from './rabbitmq';

export const operatorPassword = 'operator-test-password';

export interface ApiResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly contentType: string;
  readonly body: T;
}

/** A caller of the public HTTP API, as a storefront or console would be. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  as(token: string): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: (text ? JSON.parse(text) : {}) as T };
  }

  async ok<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request<T>(method, path, body);
    if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async login(username: string, password: string, merchantId?: string): Promise<ApiClient> {
    const session = await this.ok<{ accessToken: string }>('POST', '/v1/sessions', { username, password, ...(merchantId ? { merchantId } : {}) });
    return this.as(session.accessToken);
  }
}

export interface MerchantFixture {
  readonly merchantId: string;
  readonly owner: ApiClient;
  readonly ownerPassword: string;
}

let merchantCounter = 0;

/** Onboards a merchant as the platform operator and logs its owner in. */
export async function onboardMerchant(operator: ApiClient, contract: Partial<Record<string, unknown>> = {}): Promise<MerchantFixture> {
  merchantCounter += 1;
  const ownerPassword = `owner-password-${merchantCounter}`;
  const merchant = await operator.ok<{ id: string }>('POST', '/v1/operator/merchants', {
    name: `Merchant ${merchantCounter}`,
    ownerUsername: 'owner',
    ownerPassword,
    contract: { payoutDays: 7, guaranteeDays: 365, giftVouchersEnabled: true, smsServiceEnabled: true, ...contract },
  });
  const owner = await new ApiClient(operator.baseUrl).login('owner', ownerPassword, merchant.id);
  return { merchantId: merchant.id, owner, ownerPassword };
}

export interface RunningPlatform {
  readonly platform: AllInOnePlatform;
  readonly dataDir: string;
  readonly anonymous: ApiClient;
  operator(): Promise<ApiClient>;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** RabbitMQ: on an exchange of the platform's own, deleted with its queues by stop(). Default: the in-process bus. */
  readonly bus?: 'in-process' | 'rabbitmq';
  readonly clock?: Clock;
}

/** The all-in-one platform on a temporary data directory, as `npm start` runs it but in this process. */
export async function startPlatform(options: PlatformOptions = {}): Promise<RunningPlatform> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecticket-platform-'));
  const exchange = options.bus === 'rabbitmq' ? testExchange('all-in-one') : undefined;
  const start = () =>
    startAllInOne({
      environment: {
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        PORT: '0',
        HOST: '127.0.0.1',
        PASSWORD_HASH_LOG2_COST: '10',
        OPERATOR_PASSWORD: operatorPassword,
        ...exchange?.environment,
      },
      ...(options.clock ? { clock: options.clock } : {}),
    });
  const platform = exchange ? await removeIfStartFails(exchange, start) : await start();
  const anonymous = new ApiClient(platform.gateway.url);
  return {
    platform,
    dataDir,
    anonymous,
    operator: () => anonymous.login('operator', operatorPassword),
    stop: () => (exchange ? stopThenRemove(exchange, () => platform.stop()) : platform.stop()),
  };
}
