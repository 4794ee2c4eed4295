import { Client, Metadata, credentials, type ServiceDefinition } from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { AppError } from '../../src/errors';
import { loadServiceDefinition } from '../../src/grpc';
import { Harness, pollUntil } from './fixtures/echo';

interface HealthCheckRequest {
  service?: string;
}
interface HealthCheckResponse {
  status: string;
}
interface HealthDefinition extends ServiceDefinition {
  Watch: MethodDefinition<HealthCheckRequest, HealthCheckResponse>;
}

const harness = new Harness();
afterEach(() => harness.stopAll());

function watch(address: string, service: string): { statuses: string[]; ended: Promise<void> } {
  const { Watch } = loadServiceDefinition<HealthDefinition>(['grpc/health/v1/health.proto'], 'grpc.health.v1.Health');
  const client = new Client(address, credentials.createInsecure());
  const stream = client.makeServerStreamRequest(Watch.path, Watch.requestSerialize, Watch.responseDeserialize, { service }, new Metadata());
  const statuses: string[] = [];
  stream.on('data', (response: HealthCheckResponse) => statuses.push(response.status));
  const ended = new Promise<void>((resolve) => stream.on('close', resolve)).finally(() => client.close());
  stream.on('error', () => undefined);
  return { statuses, ended };
}

describe('grpc.health.v1', () => {
  it('reports SERVING for the whole server and for each service once started', async () => {
    const { address } = await harness.startEcho();
    const client = harness.client(address);

    await expect(client.checkHealth('')).resolves.toBe('SERVING');
    await expect(client.checkHealth()).resolves.toBe('SERVING');
    expect(client.serviceName).toBe('ecticket.test.v1.Echo');
  });

  it('answers NOT_FOUND for a service it does not serve', async () => {
    const { address } = await harness.startEcho();
    const error = await harness.client(address).checkHealth('unknown.Svc').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ category: 'not_found', code: 'SERVICE_UNKNOWN' });
  });

  it('follows readiness: NOT_SERVING and back, for one service or the whole server', async () => {
    const { server, address } = await harness.startEcho();
    const client = harness.client(address);

    server.setServingStatus('NOT_SERVING', 'ecticket.test.v1.Echo');
    await expect(client.checkHealth()).resolves.toBe('NOT_SERVING');
    await expect(client.checkHealth('')).resolves.toBe('SERVING');

    server.setServingStatus('NOT_SERVING');
    await expect(client.checkHealth('')).resolves.toBe('NOT_SERVING');
    server.setServingStatus('SERVING');
    await expect(client.checkHealth()).resolves.toBe('SERVING');
  });

  it('streams status changes to Watch, NOT_SERVING at shutdown, then ends the stream', async () => {
    const { server, address } = await harness.startEcho();
    const whole = watch(address, '');
    const unknown = watch(address, 'unknown.Svc');
    await pollUntil('the watchers got their first status', () => whole.statuses.length === 1 && unknown.statuses.length === 1);

    server.setServingStatus('NOT_SERVING');
    server.setServingStatus('SERVING');
    await pollUntil('the watcher saw both changes', () => whole.statuses.length === 3);
    await server.shutdown(2000);
    await Promise.all([whole.ended, unknown.ended]);

    expect(whole.statuses).toEqual(['SERVING', 'NOT_SERVING', 'SERVING', 'NOT_SERVING']);
    expect(unknown.statuses).toEqual(['SERVICE_UNKNOWN']);
  });

  it('fails a health check against a stopped server with unavailable', async () => {
    const { server, address } = await harness.startEcho();
    await server.shutdown(100);

    await expect(harness.client(address).checkHealth()).rejects.toMatchObject({ category: 'unavailable', code: 'SERVICE_UNAVAILABLE' });
  });
});
