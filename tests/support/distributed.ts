import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { grpcAddressVariable, serviceNames } from '@ecticket/platform';
import { ApiClient, operatorPassword } from './api';
import { freePort, spawnEntryPoint, type SpawnedProcess } from './processes';
import { removeIfStartFails, stopThenRemove, testExchange } from './rabbitmq';
import { waitFor } from './wait';

export interface DistributedPlatform {
  readonly baseUrl: string;
  readonly dataDir: string;
  readonly anonymous: ApiClient;
  readonly processes: ReadonlyMap<string, SpawnedProcess>;
  /** Where each service's gRPC server listens. */
  readonly grpcAddresses: Readonly<Record<string, string>>;
  operator(): Promise<ApiClient>;
  /** SIGTERM to every process, then deletes the platform's RabbitMQ exchange and queues; resolves with the exit codes. */
  stop(): Promise<Record<string, number | null>>;
}

/**
 * The distributed mode as `npm run start:<service>` runs it: one process per service and one for
 * the gateway, RabbitMQ between them on an exchange of their own, each service with its own store file.
 */
export async function startDistributed(environment: Record<string, string> = {}): Promise<DistributedPlatform> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecticket-distributed-'));
  const exchange = testExchange('distributed');
  const httpPort = await freePort();
  const baseUrl = `http://127.0.0.1:${httpPort}`;
  const grpcAddresses: Record<string, string> = {};
  for (const service of serviceNames) grpcAddresses[service] = `127.0.0.1:${await freePort()}`;
  const peers = Object.fromEntries(serviceNames.map((service) => [grpcAddressVariable(service), grpcAddresses[service]!]));
  const shared = {
    ...peers,
    DATA_DIR: dataDir,
    ...exchange.environment,
    LOG_LEVEL: 'warn',
    PASSWORD_HASH_LOG2_COST: '10',
    OPERATOR_PASSWORD: operatorPassword,
    PUBLIC_BASE_URL: baseUrl,
    PAYMENT_CALLBACK_URL: `${baseUrl}/v1/payments/callback`,
    ...environment,
  };
  const processes = new Map<string, SpawnedProcess>();
  for (const service of serviceNames) processes.set(service, spawnEntryPoint(`services/${service}/dist/main.js`, shared));
  processes.set('gateway', spawnEntryPoint('services/gateway/dist/main.js', { ...shared, PORT: String(httpPort), HOST: '127.0.0.1' }));

  const anonymous = new ApiClient(baseUrl);
  const stopProcesses = async () => {
    for (const process of processes.values()) process.child.kill('SIGTERM');
    const codes: Record<string, number | null> = {};
    for (const [name, process] of processes) codes[name] = await process.exited();
    return codes;
  };
  await removeIfStartFails(exchange, async () => {
    try {
      await waitFor(async () => ((await fetch(`${baseUrl}/health`)).status === 200 ? true : undefined), 30_000, 'every process to be healthy');
    } catch (error) {
      const outputs = [...processes].map(([name, process]) => `--- ${name}\n${process.output().slice(-2000)}`).join('\n');
      await stopProcesses();
      throw new Error(`${String(error)}\n${outputs}`, { cause: error });
    }
  });
  const stop = () => stopThenRemove(exchange, stopProcesses);
  return { baseUrl, dataDir, anonymous, processes, grpcAddresses, operator: () => anonymous.login('operator', operatorPassword), stop };
}
