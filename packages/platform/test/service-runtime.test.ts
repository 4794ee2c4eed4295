import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { ManualClock } from '../src/clock';
import { createInProcessBus } from '../src/messaging/in-process-bus';
import { healthCheckDefinition } from '../src/grpc/protos';
import { createGrpcClient } from '../src/grpc/client';
import { openServiceStore, ServiceRuntime, type HostResources } from '../src/runtime/service-runtime';
import { createSqliteStore } from '../src/store/sqlite';

const logger = pino({ level: 'silent' });

async function resources(dataDir: string): Promise<HostResources> {
  const clock = new ManualClock();
  const bus = await createInProcessBus({
    store: createSqliteStore({ file: path.join(dataDir, 'bus.sqlite') }),
    options: { exchange: 'runtime-test', maxAttempts: 2, retryDelayMs: 10, prefetch: 5 },
    logger,
    clock,
  });
  return {
    environment: {},
    bus,
    clock,
    logLevel: 'silent',
    directory: { addressOf: (service) => { throw new Error(`no ${service} here`); } },
    openStore: (service) => openServiceStore(service, { dataDir }),
  };
}

describe('the service runtime every service is built from', () => {
  it('serves health once started, and stops in order: calls, jobs, outbox, store, then its own hooks', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-'));
    const host = await resources(dataDir);
    const runtime = await ServiceRuntime.create('notification', [], host, '127.0.0.1:0');
    const stopped: string[] = [];
    runtime.onStop(() => void stopped.push('first hook'));
    runtime.onStop(async () => {
      await expect(runtime.store.ping()).rejects.toThrow();
      stopped.push('second hook, after the store closed');
    });

    const address = await runtime.start();
    const health = createGrpcClient({ definition: healthCheckDefinition(), address, logger });
    await expect(health.checkHealth('')).resolves.toBe('SERVING');
    expect(fs.existsSync(path.join(dataDir, 'notification.sqlite'))).toBe(true);

    await host.bus.stopConsuming();
    await runtime.stop(1000);
    health.close();
    await host.bus.close();
    expect(stopped).toEqual(['first hook', 'second hook, after the store closed']);
  });
});
