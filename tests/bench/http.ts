import autocannon from 'autocannon';
import { startChildServer } from './child';

export interface HttpRequest {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** A fresh body for every request instead of `body` (P1: the next unused ticket's code). */
  readonly nextBody?: () => string;
}

export interface HttpFigure {
  /** 2xx responses per second of the measured window (warm-up excluded). */
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly responses: number;
  /** Connection errors + timeouts + non-2xx responses: P1 wants zero. */
  readonly errors: number;
  readonly seconds: number;
}

export interface MeasureHttpOptions {
  readonly request?: HttpRequest;
  /** Load before the measured window, same connections, discarded (JIT, keep-alive sockets). Default 1 s. */
  readonly warmupSeconds?: number;
  /** Upper bound on requests in the measured window, whatever the duration. Default 2,000,000. */
  readonly maxRequests?: number;
  /** Upper bound on warm-up requests. Default: `maxRequests`. */
  readonly maxWarmupRequests?: number;
}

/** The JSON body every echo baseline sends: about the size of a redemption request. */
export const ECHO_REQUEST: HttpRequest = {
  method: 'POST',
  path: '/echo',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ ticketCode: 'K7QX-4M2P-9D3H', branchId: 'br_01HZX3', merchantId: 'mer_01HZX2', at: '2026-01-15T10:30:00.000Z' }),
};

async function runAutocannon(url: string, connections: number, seconds: number, request: HttpRequest, maxRequests: number): Promise<autocannon.Result> {
  const { nextBody } = request;
  return autocannon({
    url: new URL(request.path ?? '/', url).toString(),
    connections,
    duration: seconds,
    maxOverallRequests: maxRequests,
    method: request.method ?? 'GET',
    headers: { ...request.headers },
    body: request.body,
    // autocannon calls setupRequest for every request it sends (and once per connection up front).
    ...(nextBody ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: nextBody() }) }] } : {}),
    timeout: 10,
  });
}

/**
 * Measures an HTTP target at `connections` keep-alive connections for `durationSeconds` (after a
 * warm-up): 2xx req/s, p50/p99 latency, errors. Load is generated in this process, so run the target
 * in another process. P1 reuses this for the full redemption path at 32 connections.
 */
export async function measureHttp(url: string, connections: number, durationSeconds: number, options: MeasureHttpOptions = {}): Promise<HttpFigure> {
  const request = options.request ?? { method: 'GET' };
  const warmup = options.warmupSeconds ?? 1;
  if (!new URL(url).hostname.match(/^(127\.0\.0\.1|localhost)$/)) throw new Error(`bench targets only loopback, not ${url}`);
  const maxRequests = options.maxRequests ?? 2_000_000;
  if (warmup > 0) await runAutocannon(url, connections, warmup, request, options.maxWarmupRequests ?? maxRequests);
  const result = await runAutocannon(url, connections, durationSeconds, request, maxRequests);
  const seconds = result.duration > 0 ? result.duration : durationSeconds;
  return {
    requestsPerSecond: result['2xx'] / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    responses: result['2xx'] + result.non2xx,
    errors: result.errors + result.timeouts + result.non2xx,
    seconds,
  };
}

/**
 * Baseline 1 and 2 (and P1's baseline): the JSON echo on bare `node:http` or bare Express 5, served
 * from a child process, measured at `connections` connections.
 */
export async function measureEchoServer(kind: 'http' | 'express', connections: number, durationSeconds: number): Promise<HttpFigure> {
  const server = await startChildServer(kind);
  try {
    return await measureHttp(`http://127.0.0.1:${server.port}`, connections, durationSeconds, { request: ECHO_REQUEST });
  } finally {
    await server.stop();
  }
}

/** Bare Express 5 JSON echo at N connections: the baseline P1 is a ratio of. */
export function measureBareExpress(connections: number, durationSeconds: number): Promise<HttpFigure> {
  return measureEchoServer('express', connections, durationSeconds);
}
