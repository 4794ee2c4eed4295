import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@grpc/grpc-js';
import { runInContext, currentContext } from '../../src/context';
import { notFound, unavailable } from '../../src/errors';
import { Harness, pollUntil, timed } from './fixtures/echo';

const harness = new Harness();
afterEach(async () => {
  jest.restoreAllMocks();
  await harness.stopAll();
});

const tolerance = 250;

describe('gRPC client calls', () => {
  it('carries the correlation id of the current context to the handler', async () => {
    const { address } = await harness.startEcho({
      Get: async () => ({ correlationId: currentContext()?.correlationId }),
    });
    const client = harness.client(address);

    const reply = await runInContext({ correlationId: 'corr-123' }, () => client.Get({}));
    const outside = await client.Get({});

    expect(reply.correlationId).toBe('corr-123');
    expect(outside.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends per-call metadata, such as the authorization of the person a call is made for', async () => {
    const { address } = await harness.startEcho({
      Get: async (_request, call) => ({ text: String(call.metadata.get('authorization')[0] ?? '') }),
    });
    const client = harness.client(address);

    await expect(client.Get({}, { metadata: { authorization: 'Bearer abc' } })).resolves.toMatchObject({ text: 'Bearer abc' });
    await expect(client.Get({})).resolves.toMatchObject({ text: '' });
  });

  it('resolves a lazy address at the first call, once', async () => {
    let asked = 0;
    const { address } = await harness.startEcho();
    const client = harness.client(() => {
      asked += 1;
      return address;
    });

    expect(asked).toBe(0);
    await expect(client.Get({ text: 'a' })).resolves.toMatchObject({ text: 'a' });
    await expect(client.Get({ text: 'b' })).resolves.toMatchObject({ text: 'b' });
    expect(asked).toBe(1);
  });

  it('gives up on a slow handler at its deadline with deadline_exceeded, and the handler sees the call go away', async () => {
    let signal: AbortSignal | undefined;
    const { address } = await harness.startEcho({
      Get: async (_request, call) => {
        signal = call.signal;
        await sleep(2000, undefined, { signal: call.signal });
        return {};
      },
    });
    const client = harness.client(address, { deadlineMs: 300 });

    const { ms, error } = await timed(() => client.Get({}));

    expect(error).toMatchObject({ category: 'deadline_exceeded', code: 'DEADLINE_EXCEEDED' });
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(300 + tolerance);
    await pollUntil('the handler was told the caller is gone', () => signal?.aborted === true);
  });

  it('never lets a call outlive the deadline of the work it belongs to', async () => {
    const { address } = await harness.startEcho({
      Get: async (_request, call) => ({ deadline: call.deadline?.toISOString() }),
      Put: async (_request, call) => {
        await sleep(2000, undefined, { signal: call.signal });
        return {};
      },
    });
    const client = harness.client(address, { deadlineMs: 2000 });
    const outer = new Date(Date.now() + 250);

    const seen = await runInContext({ deadline: outer }, () => client.Get({}));
    const { ms, error } = await runInContext({ deadline: outer }, () => timed(() => client.Put({})));

    // The deadline travels as a relative timeout: the server's copy is later by the transit time.
    expect(Math.abs(new Date(seen.deadline).getTime() - outer.getTime())).toBeLessThan(100);
    expect(error).toMatchObject({ category: 'deadline_exceeded' });
    expect(ms).toBeLessThan(250 + tolerance);
  });

  it('passes the propagated deadline on to calls made from inside a handler', async () => {
    const downstream = await harness.startEcho({ Get: async (_request, call) => ({ deadline: call.deadline?.toISOString() }) });
    const downstreamClient = harness.client(downstream.address, { deadlineMs: 5000 });
    const upstream = await harness.startEcho({ Get: () => downstreamClient.Get({}) });

    const reply = await harness.client(upstream.address, { deadlineMs: 400 }).Get({});
    const remaining = new Date(reply.deadline).getTime() - Date.now();

    expect(remaining).toBeLessThanOrEqual(400);
    expect(remaining).toBeGreaterThan(0);
  });

  it('fails at once, without calling, when the deadline of the work has already passed', async () => {
    let calls = 0;
    const { address } = await harness.startEcho({
      Get: async () => {
        calls += 1;
        return {};
      },
    });

    const { ms, error } = await runInContext({ deadline: new Date(Date.now() - 1) }, () => timed(() => harness.client(address).Get({})));

    expect(error).toMatchObject({ category: 'deadline_exceeded', code: 'DEADLINE_EXCEEDED' });
    expect(ms).toBeLessThan(50);
    expect(calls).toBe(0);
  });

  it('retries UNAVAILABLE only for methods declared idempotent, and only a bounded number of times', async () => {
    const attempts = { Get: 0, Put: 0 };
    const { address } = await harness.startEcho({
      Get: async () => {
        attempts.Get += 1;
        throw unavailable('STORE_UNREACHABLE', 'store down');
      },
      Put: async () => {
        attempts.Put += 1;
        throw unavailable('STORE_UNREACHABLE', 'store down');
      },
    });
    const client = harness.client(address, {
      idempotentMethods: ['Get'],
      retry: { maxRetries: 2, initialBackoffMs: 10, maxBackoffMs: 20 },
      breaker: { volumeThreshold: 100 },
    });

    await expect(client.Get({})).rejects.toMatchObject({ category: 'unavailable', code: 'STORE_UNREACHABLE' });
    await expect(client.Put({})).rejects.toMatchObject({ category: 'unavailable', code: 'STORE_UNREACHABLE' });

    expect(attempts).toEqual({ Get: 3, Put: 1 });
  });

  it('retries a stopped server for an idempotent method only, without the server ever answering', async () => {
    const { server, address } = await harness.startEcho();
    await server.shutdown(100);
    const client = harness.client(address, { idempotentMethods: ['Get'], retry: { initialBackoffMs: 10 }, breaker: { volumeThreshold: 100 } });
    const attempts = jest.spyOn(Client.prototype, 'makeUnaryRequest');

    await expect(client.Get({})).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(attempts).toHaveBeenCalledTimes(3);
    await expect(client.Put({})).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(attempts).toHaveBeenCalledTimes(4);
  });

  it('does not retry RESOURCE_EXHAUSTED from the transport, which counts as unavailable', async () => {
    const { address } = await harness.startEcho({}, { serverOptions: { 'grpc.max_receive_message_length': 64 } });
    const client = harness.client(address, { idempotentMethods: ['Get'], retry: { initialBackoffMs: 10 } });
    const attempts = jest.spyOn(Client.prototype, 'makeUnaryRequest');

    await expect(client.Get({ text: 'x'.repeat(1000) })).rejects.toMatchObject({ category: 'unavailable', code: 'RESOURCE_EXHAUSTED' });
    expect(attempts).toHaveBeenCalledTimes(1);
  });

  it('recovers through a retry when the peer is unavailable only briefly', async () => {
    let attempts = 0;
    const { address } = await harness.startEcho({
      Get: async (request) => {
        attempts += 1;
        if (attempts === 1) throw unavailable('WARMING_UP', 'not yet');
        return { text: request.text };
      },
    });
    const client = harness.client(address, { idempotentMethods: ['Get'], retry: { initialBackoffMs: 10 } });

    await expect(client.Get({ text: 'ok' })).resolves.toMatchObject({ text: 'ok' });
    expect(attempts).toBe(2);
  });

  it('retries nothing but UNAVAILABLE, even for an idempotent method', async () => {
    let attempts = 0;
    const { address } = await harness.startEcho({
      Get: async (request) => {
        attempts += 1;
        throw request.text === 'refuse' ? notFound('TICKET_NOT_FOUND', 'no such ticket') : new Error('bug');
      },
    });
    const client = harness.client(address, { idempotentMethods: ['Get'], retry: { initialBackoffMs: 10 } });

    await expect(client.Get({ text: 'refuse' })).rejects.toMatchObject({ category: 'not_found' });
    await expect(client.Get({ text: 'crash' })).rejects.toMatchObject({ category: 'internal' });
    expect(attempts).toBe(2);
  });

  it('stops retrying when the next attempt would start past the deadline', async () => {
    let attempts = 0;
    const { address } = await harness.startEcho({
      Get: async () => {
        attempts += 1;
        throw unavailable('STORE_UNREACHABLE', 'store down');
      },
    });
    const client = harness.client(address, {
      deadlineMs: 100,
      idempotentMethods: ['Get'],
      retry: { maxRetries: 4, initialBackoffMs: 10_000, maxBackoffMs: 10_000 },
    });
    jest.spyOn(Math, 'random').mockReturnValue(0.5);

    const { ms, error } = await timed(() => client.Get({}));

    expect(error).toMatchObject({ code: 'STORE_UNREACHABLE' });
    expect(ms).toBeLessThan(1000); // not the 5 s back-off
    expect(attempts).toBe(1);
  });

  it('lets an in-flight call finish during a graceful shutdown, and refuses new ones', async () => {
    let started = false;
    const { server, address } = await harness.startEcho({
      Get: async (request) => {
        started = true;
        await sleep(300);
        return { text: request.text };
      },
    });
    const client = harness.client(address);

    const inFlight = client.Get({ text: 'finished' });
    await pollUntil('the call reached the handler', () => started);
    const stopped = server.shutdown(5000);

    await expect(inFlight).resolves.toMatchObject({ text: 'finished' });
    await stopped;
    await expect(client.Get({ text: 'late' })).rejects.toMatchObject({ category: 'unavailable' });
  });

  it('cuts in-flight calls when the grace period runs out', async () => {
    let started = false;
    const { server, address } = await harness.startEcho({
      Get: async (_request, call) => {
        started = true;
        await sleep(5000, undefined, { signal: call.signal });
        return {};
      },
    });
    const inFlight = harness.client(address, { deadlineMs: 10_000 }).Get({});
    await pollUntil('the call reached the handler', () => started);

    const { ms } = await timed(() => server.shutdown(200));

    expect(ms).toBeLessThan(200 + tolerance);
    await expect(inFlight).rejects.toMatchObject({ category: 'unavailable' });
  });
});
