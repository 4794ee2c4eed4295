import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serviceNames } from '@ecticket/platform';
import { startPlatform, type RunningPlatform } from '../support/api';
import { waitFor } from '../support/wait';
import { freePort, spawnEntryPoint } from '../support/processes';
import { amqpUrl } from '../support/rabbitmq';

function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ecticket-e2e-'));
}

describe.each([
  ['in-process bus', 'in-process'],
  ['RabbitMQ bus', 'rabbitmq'],
] as const)('all-in-one platform (%s)', (_mode, bus) => {
  let running: RunningPlatform;

  beforeAll(async () => {
    running = await startPlatform({ bus });
  });
  afterAll(() => running?.stop());

  it('reports every service serving on /health', async () => {
    const response = await fetch(`${running.platform.gateway.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      services: Object.fromEntries(serviceNames.map((service) => [service, 'SERVING'])),
    });
  });

  it('answers 503 naming the service that stopped serving', async () => {
    const notification = running.platform.services.get('notification')!;
    notification.grpc.setServingStatus('NOT_SERVING');
    try {
      const response = await fetch(`${running.platform.gateway.url}/health`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { services: Record<string, string> }).services.notification).toBe('NOT_SERVING');
    } finally {
      notification.grpc.setServingStatus('SERVING');
    }
  });

  it('serves its OpenAPI document', async () => {
    const document = (await (await fetch(`${running.platform.gateway.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/health']?.get?.operationId).toBe('getHealth');
  });
});

describe('the all-in-one process, as `npm start` runs it', () => {
  // How fast it becomes healthy (≤ 5 s) is P5 of `npm run bench`: timed assertions do not belong in tests.
  it('becomes healthy and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const platform = spawnEntryPoint('packages/all-in-one/dist/main.js', { PORT: String(port), DATA_DIR: tempDataDir(), LOG_LEVEL: 'warn' });
    try {
      await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/health`)).status === 200 ? true : undefined), 30_000, '/health 200');
    } finally {
      platform.child.kill('SIGTERM');
    }
    expect(await platform.exited()).toBe(0);
  });
});

describe('a service started on its own (distributed mode)', () => {
  it('refuses to start without AMQP_URL, naming it', async () => {
    const service = spawnEntryPoint('services/account/dist/main.js', { DATA_DIR: tempDataDir() });
    expect(await service.exited()).toBe(78);
    expect(service.output()).toContain('AMQP_URL is required');
  });

  it('refuses a malformed variable, naming it', async () => {
    const service = spawnEntryPoint('services/account/dist/main.js', { DATA_DIR: tempDataDir(), AMQP_URL: amqpUrl, BUS_PREFETCH: 'lots' });
    expect(await service.exited()).toBe(78);
    expect(service.output()).toContain('BUS_PREFETCH is invalid');
  });
});
