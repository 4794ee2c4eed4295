import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@grpc/grpc-js';
import { failedPrecondition, notFound } from '../../src/errors';
import { Harness, pollUntil, timed } from './fixtures/echo';

const harness = new Harness();
afterEach(async () => {
  jest.restoreAllMocks();
  await harness.stopAll();
});

const breaker = { volumeThreshold: 3, errorThresholdPercentage: 50, resetTimeout: 500 };
const deadlineMs = 500;
const tolerance = 250;

describe('circuit breaker of a gRPC client (T8, kernel level)', () => {
  it('opens after the threshold against a stopped server, fails fast while open, and closes once the server is back', async () => {
    const first = await harness.startEcho();
    await first.server.shutdown(100);
    const client = harness.client(first.address, { deadlineMs, breaker });

    for (const expectedState of ['closed', 'closed', 'open']) {
      const { ms, error } = await timed(() => client.Get({}));
      expect(error).toMatchObject({ category: 'unavailable', code: 'SERVICE_UNAVAILABLE' });
      expect(ms).toBeLessThan(deadlineMs + tolerance);
      expect(client.breakerState()).toBe(expectedState);
    }

    const network = jest.spyOn(Client.prototype, 'makeUnaryRequest');
    const rejected = await timed(() => client.Get({}));
    expect(rejected.error).toMatchObject({ category: 'unavailable', code: 'CIRCUIT_OPEN' });
    expect(rejected.ms).toBeLessThan(50);
    expect(network).not.toHaveBeenCalled();

    await pollUntil('the circuit is half-open', () => client.breakerState() === 'halfOpen');
    await expect(client.Get({})).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(client.breakerState()).toBe('open');

    let served = 0;
    await harness.startEcho(
      {
        Get: async (request) => {
          served += 1;
          return { text: request.text };
        },
      },
      { address: first.address },
    );
    await expect(client.Get({})).rejects.toMatchObject({ code: 'CIRCUIT_OPEN' });
    expect(served).toBe(0);

    await pollUntil('the circuit is half-open again', () => client.breakerState() === 'halfOpen');
    await expect(client.Get({ text: 'probe' })).resolves.toMatchObject({ text: 'probe' });
    expect(client.breakerState()).toBe('closed');
    await expect(client.Get({ text: 'normal' })).resolves.toMatchObject({ text: 'normal' });
    expect(served).toBe(2);
  });

  it('opens when calls keep running into their deadline', async () => {
    const { address } = await harness.startEcho({
      Get: async (_request, call) => {
        await sleep(5000, undefined, { signal: call.signal });
        return {};
      },
    });
    const client = harness.client(address, { deadlineMs: 100, breaker });

    for (let call = 0; call < breaker.volumeThreshold; call += 1) {
      await expect(client.Get({})).rejects.toMatchObject({ category: 'deadline_exceeded' });
    }

    expect(client.breakerState()).toBe('open');
    await expect(client.Get({})).rejects.toMatchObject({ code: 'CIRCUIT_OPEN' });
  });

  it('stays closed however many business refusals come back', async () => {
    const { address } = await harness.startEcho({
      Get: async () => {
        throw notFound('TICKET_NOT_FOUND', 'no such ticket');
      },
      Put: async () => {
        throw failedPrecondition('TICKET_USED', 'already redeemed');
      },
    });
    const client = harness.client(address, { breaker });

    for (let call = 0; call < 50; call += 1) {
      await expect(client.Get({})).rejects.toMatchObject({ code: 'TICKET_NOT_FOUND' });
      await expect(client.Put({})).rejects.toMatchObject({ code: 'TICKET_USED' });
    }

    expect(client.breakerState()).toBe('closed');
  });

  it('lets a health check through an open circuit', async () => {
    const { address } = await harness.startEcho({
      Get: async () => {
        throw new Error('bug');
      },
    });
    const client = harness.client(address, { breaker });
    for (let call = 0; call < breaker.volumeThreshold; call += 1) {
      await expect(client.Get({})).rejects.toMatchObject({ category: 'internal' });
    }

    expect(client.breakerState()).toBe('open');
    await expect(client.checkHealth()).resolves.toBe('SERVING');
  });
});
