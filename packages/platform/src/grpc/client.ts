import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Metadata, credentials, status as Status, type ChannelCredentials, type ChannelOptions } from '@grpc/grpc-js';
import CircuitBreaker from 'opossum';
import { AppError, toAppError } from '../errors';
import { currentContext } from '../context';
import type { Logger } from '../logging';
import { fromServiceError, grpcFailureCodes, grpcStatusOf } from './errors';
import {
  healthServiceDefinition,
  serviceNameOf,
  type DecodedResponseOf,
  type MethodDefinitionShape,
  type MethodName,
  type RequestOf,
  type ServiceDefinitionShape,
} from './protos';
import type { HealthStatus } from './server';

export type BreakerState = 'closed' | 'open' | 'halfOpen';

/** opossum's thresholds, by opossum's names. */
export interface BreakerOptions {
  /** Failure percentage in the rolling window that opens the circuit (default 50). */
  readonly errorThresholdPercentage?: number;
  /** Calls in the window before the percentage counts at all (default 10). */
  readonly volumeThreshold?: number;
  /** Milliseconds the circuit stays open before one trial call is let through (default 10 000). */
  readonly resetTimeout?: number;
  /** Milliseconds of the rolling statistics window (default 10 000). */
  readonly rollingCountTimeout?: number;
}

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  readonly maxRetries?: number;
  /** Upper bound of the first back-off; doubles per retry up to maxBackoffMs (defaults 50, 1000). */
  readonly initialBackoffMs?: number;
  readonly maxBackoffMs?: number;
}

export interface GrpcClientOptions<D extends ServiceDefinitionShape> {
  readonly definition: D;
  /** `host:port`, or a function asked at the first call (in all-in-one mode a peer's port is known only once it started). */
  readonly address: string | (() => string);
  readonly logger: Logger;
  /** Budget of every call unless the caller's own deadline is sooner (default 2000 ms). */
  readonly deadlineMs?: number;
  /** Budget of a health check (default 1000 ms). */
  readonly healthCheckDeadlineMs?: number;
  /** Methods safe to repeat: only these are retried, and only on UNAVAILABLE. */
  readonly idempotentMethods?: readonly MethodName<D>[];
  readonly breaker?: BreakerOptions;
  readonly retry?: RetryOptions;
  /** Defaults to insecure: services talk over loopback or inside the cluster network. */
  readonly credentials?: ChannelCredentials;
  readonly channelOptions?: ChannelOptions;
}

export interface CallOptions {
  /** This call's budget instead of the client's; the caller's own deadline still caps it. */
  readonly deadlineMs?: number;
  /** Extra metadata for this call, e.g. the `authorization` of the person it is made for. */
  readonly metadata?: Readonly<Record<string, string>>;
}

export type UnaryMethods<D> = {
  readonly [K in MethodName<D>]: (request: RequestOf<D[K]>, options?: CallOptions) => Promise<DecodedResponseOf<D[K]>>;
};

export interface GrpcClientControls {
  /** Fully qualified name of the service this client calls. */
  readonly serviceName: string;
  breakerState(): BreakerState;
  /** grpc.health.v1 Check of `service` (default: this client's service), bypassing the breaker. */
  checkHealth(service?: string): Promise<HealthStatus>;
  close(): void;
}

/** One async function per method of the definition (by its proto name), plus the controls. */
export type GrpcClient<D> = UnaryMethods<D> & GrpcClientControls;

const defaults = {
  deadlineMs: 2000,
  healthCheckDeadlineMs: 1000,
  breaker: { errorThresholdPercentage: 50, volumeThreshold: 10, resetTimeout: 10_000, rollingCountTimeout: 10_000 },
  retry: { maxRetries: 2, initialBackoffMs: 50, maxBackoffMs: 1000 },
} as const;


const controlNames: ReadonlySet<string> = new Set(['serviceName', 'breakerState', 'checkHealth', 'close']);

/** What the helpers need of a method at run time; the generated types stay at the API boundary. */
interface RuntimeMethod {
  readonly path: string;
  readonly requestSerialize: (value: unknown) => Buffer;
  readonly responseDeserialize: (bytes: Buffer) => unknown;
}

type Attempt = () => Promise<unknown>;
type Breaker = CircuitBreaker<[Attempt], unknown>;

interface HealthCheckResponse {
  readonly status: HealthStatus;
}

/**
 * A client of one service: every call has a deadline (never later than the caller's), carries the
 * correlation id, goes through a circuit breaker that only infrastructure failures trip, and
 * fails with an AppError.
 */
export function createGrpcClient<D extends ServiceDefinitionShape>(options: GrpcClientOptions<D>): GrpcClient<D> {
  const serviceName = serviceNameOf(options.definition);
  const thresholds = { ...defaults.breaker, ...options.breaker };
  const channel = lazyChannel(options, thresholds.resetTimeout);
  const breaker = createBreaker(serviceName, thresholds, options.logger);
  const idempotent: ReadonlySet<string> = new Set(options.idempotentMethods);
  const retry = { ...defaults.retry, ...options.retry };
  const healthCheck = runtimeMethod(healthServiceDefinition().Check);

  const methods: Record<string, (request: unknown, callOptions?: CallOptions) => Promise<unknown>> = {};
  for (const [name, definition] of Object.entries<MethodDefinitionShape>(options.definition)) {
    if (controlNames.has(name)) throw new Error(`${definition.path}: method name collides with a client control`);
    if (definition.requestStream || definition.responseStream) throw new Error(`${definition.path}: only unary methods are supported`);
    const method = runtimeMethod(definition);
    const maxRetries = idempotent.has(name) ? retry.maxRetries : 0;
    methods[name] = async (request, callOptions) => {
      const deadline = deadlineWithin(callOptions?.deadlineMs ?? options.deadlineMs ?? defaults.deadlineMs, method.path);
      try {
        return await withRetries(() => throughBreaker(breaker, serviceName, () => unaryCall(channel.get(), method, request, deadline, callOptions?.metadata)), {
          ...retry,
          maxRetries,
          deadline,
        });
      } catch (error) {
        throw toAppError(error);
      }
    };
  }

  const controls: GrpcClientControls = {
    serviceName,
    breakerState: () => stateOf(breaker),
    async checkHealth(service = serviceName) {
      const deadline = deadlineWithin(options.healthCheckDeadlineMs ?? defaults.healthCheckDeadlineMs, healthCheck.path);
      const response = (await unaryCall(channel.get(), healthCheck, { service }, deadline)) as HealthCheckResponse;
      return response.status;
    },
    close() {
      breaker.shutdown();
      channel.close();
    },
  };
  // The loop above made exactly one function per method of D.
  return Object.assign(methods, controls) as unknown as GrpcClient<D>;
}

function runtimeMethod(definition: MethodDefinitionShape): RuntimeMethod {
  return definition as unknown as RuntimeMethod;
}

type ChannelSettings = Pick<GrpcClientOptions<ServiceDefinitionShape>, 'address' | 'credentials' | 'channelOptions'>;

/**
 * While grpc-js backs off reconnecting (up to 120 s by default) it fails calls at once, so the
 * breaker's trial call would fail against a peer that is back: keep the back-off under resetTimeout.
 */
function reconnectBackoff(resetTimeout: number): ChannelOptions {
  const max = Math.max(1, Math.min(5000, Math.floor(resetTimeout / 2)));
  return { 'grpc.initial_reconnect_backoff_ms': Math.min(200, max), 'grpc.max_reconnect_backoff_ms': max };
}

function lazyChannel(options: ChannelSettings, resetTimeout: number): { get(): Client; close(): void } {
  let client: Client | undefined;
  let closed = false;
  return {
    get() {
      if (closed) throw new AppError('internal', 'CLIENT_CLOSED', 'The gRPC client has been closed');
      client ??= new Client(
        typeof options.address === 'function' ? options.address() : options.address,
        options.credentials ?? credentials.createInsecure(),
        { ...reconnectBackoff(resetTimeout), ...options.channelOptions },
      );
      return client;
    },
    close() {
      closed = true;
      client?.close();
    },
  };
}

function createBreaker(serviceName: string, thresholds: BreakerOptions, logger: Logger): Breaker {
  const breaker: Breaker = new CircuitBreaker((attempt: Attempt) => attempt(), {
    ...thresholds,
    name: serviceName,
    // The gRPC deadline is the timeout; opossum's own would fire without cancelling the call.
    timeout: false,
    // Business refusals are answers, not failures: only infrastructure failures count.
    errorFilter: (error: unknown) => !(error instanceof AppError && error.isInfrastructureFailure),
  });
  breaker.on('open', () => logger.warn({ peer: serviceName }, 'circuit opened'));
  breaker.on('halfOpen', () => logger.info({ peer: serviceName }, 'circuit half-open'));
  breaker.on('close', () => logger.info({ peer: serviceName }, 'circuit closed'));
  return breaker;
}

function stateOf(breaker: Breaker): BreakerState {
  if (breaker.opened) return 'open';
  return breaker.halfOpen ? 'halfOpen' : 'closed';
}

/** Epoch ms: `budgetMs` from now, but never later than the deadline of the work we are part of. */
function deadlineWithin(budgetMs: number, target: string): number {
  const own = Date.now() + budgetMs;
  const inherited = currentContext()?.deadline?.getTime();
  const deadline = inherited === undefined ? own : Math.min(own, inherited);
  if (deadline <= Date.now()) {
    throw new AppError('deadline_exceeded', grpcFailureCodes.deadlineExceeded, `${target}: no time left before the call`);
  }
  return deadline;
}

async function throughBreaker<T>(breaker: Breaker, serviceName: string, attempt: () => Promise<T>): Promise<T> {
  try {
    // The breaker is shared by every method, so it is typed `unknown`; it returns what attempt resolved.
    return (await breaker.fire(attempt)) as T;
  } catch (error) {
    if (isOpenCircuitRejection(error)) {
      throw new AppError('unavailable', grpcFailureCodes.circuitOpen, `${serviceName}: circuit open, failing fast`, {}, { cause: error });
    }
    throw error;
  }
}

function isOpenCircuitRejection(error: unknown): boolean {
  return error instanceof Error && CircuitBreaker.isOurError(error) && 'code' in error && error.code === 'EOPENBREAKER';
}

interface RetryPlan {
  readonly maxRetries: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
  /** Epoch ms; no retry starts after it. */
  readonly deadline: number;
}

async function withRetries<T>(attempt: () => Promise<T>, plan: RetryPlan): Promise<T> {
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt();
    } catch (error) {
      const delay = fullJitterBackoff(retry, plan);
      if (retry >= plan.maxRetries || !isRetryable(error) || Date.now() + delay >= plan.deadline) throw error;
      await sleep(delay);
    }
  }
}

/** Only a call answered UNAVAILABLE is worth repeating (not an open circuit, not an exhausted peer). */
function isRetryable(error: unknown): boolean {
  return error instanceof AppError && grpcStatusOf(error) === Status.UNAVAILABLE;
}

/** Drawn from [0, min(initial·2^retry, max)]: spreads the retries of many callers (full jitter). */
function fullJitterBackoff(retry: number, plan: RetryPlan): number {
  return Math.random() * Math.min(plan.initialBackoffMs * 2 ** retry, plan.maxBackoffMs);
}

function unaryCall(
  client: Client,
  method: RuntimeMethod,
  request: unknown,
  deadline: number,
  extraMetadata: Readonly<Record<string, string>> = {},
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      method.path,
      method.requestSerialize,
      method.responseDeserialize,
      request,
      outgoingMetadata(extraMetadata),
      { deadline },
      (error, response) => (error ? reject(fromServiceError(error, method.path)) : resolve(response)),
    );
  });
}

function outgoingMetadata(extra: Readonly<Record<string, string>>): Metadata {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(extra)) metadata.set(key, value);
  const correlationId = currentContext()?.correlationId;
  if (correlationId) metadata.set('x-correlation-id', correlationId);
  return metadata;
}
