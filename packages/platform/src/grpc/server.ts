import {
  Server,
  ServerCredentials,
  type Metadata,
  type ServerOptions,
  type ServiceDefinition,
  type ServerUnaryCall,
  type ServerWritableStream,
  type handleUnaryCall,
  type sendUnaryData,
} from '@grpc/grpc-js';
import { AppError, toAppError } from '../errors';
import { runInContext } from '../context';
import type { Logger } from '../logging';
import { grpcFailureCodes, toGrpcStatus } from './errors';
import {
  healthServiceDefinition,
  serviceNameOf,
  type MethodDefinitionShape,
  type MethodName,
  type ServiceDefinitionShape,
} from './protos';

/** What a handler may know about its call besides the request. */
export interface UnaryCallInfo {
  /** Full method path, `/package.Service/Method`. */
  readonly method: string;
  readonly peer: string;
  readonly metadata: Metadata;
  readonly deadline: Date | undefined;
  /** Aborted when the caller goes away (cancelled, or its deadline passed): stop expensive work. */
  readonly signal: AbortSignal;
}

/** `async (request, call) => response`; inferred in one conditional so literal fields (enum names) stay literal. */
export type UnaryHandler<M> = M extends {
  requestDeserialize: (bytes: Buffer) => infer Request;
  responseSerialize: (value: infer Response) => Buffer;
}
  ? (request: Request, call: UnaryCallInfo) => Promise<Response>
  : never;
export type UnaryHandlers<D> = { readonly [K in MethodName<D>]: UnaryHandler<D[K]> };

/** The statuses Check can report; SERVICE_UNKNOWN is for Watch of an unregistered name. */
export type HealthStatus = 'UNKNOWN' | 'SERVING' | 'NOT_SERVING' | 'SERVICE_UNKNOWN';

export interface GrpcServerOptions {
  /** The owning service, for logs (`account`). */
  readonly name: string;
  readonly logger: Logger;
  /** `host:port`; port 0 picks a free one, reported by start(). */
  readonly address: string;
  /** Defaults to insecure: services talk over loopback or inside the cluster network. */
  readonly credentials?: ServerCredentials;
  readonly serverOptions?: ServerOptions;
}

export interface GrpcServer {
  /** Registers a service (before start); its health status follows the server's. Unary methods only. */
  addService<D extends ServiceDefinitionShape>(definition: D, handlers: UnaryHandlers<NoInfer<D>>): void;
  /**
   * Readiness: without a service name, applies to the whole server and every registered service.
   * Ignored once shutdown began: from then on everything stays NOT_SERVING.
   */
  setServingStatus(status: 'SERVING' | 'NOT_SERVING', service?: string): void;
  /** Binds and serves; resolves the bound `host:port`. */
  start(): Promise<string>;
  /** NOT_SERVING, stop accepting calls, let in-flight calls finish for up to `graceMs`, then cut them. */
  shutdown(graceMs: number): Promise<void>;
}

interface HealthCheckRequest {
  readonly service: string;
}
interface HealthCheckResponse {
  readonly status: HealthStatus;
}

const wholeServer = '';

export function createGrpcServer(options: GrpcServerOptions): GrpcServer {
  const { logger } = options;
  const server = new Server(options.serverOptions);
  const health = new HealthRegistry();
  let started = false;
  let stopping: Promise<void> | undefined;

  server.addService(asGrpcDefinition(healthServiceDefinition()), {
    Check: checkHandler(health),
    Watch: (call: Watcher) => health.watch(call),
  });

  return {
    addService(definition, handlers) {
      if (started) throw new Error('addService must be called before start');
      const serviceName = serviceNameOf(definition);
      server.addService(asGrpcDefinition(definition), adaptHandlers(definition, handlers, logger));
      health.register(serviceName);
    },

    setServingStatus(status, service) {
      if (stopping) return;
      if (service === undefined) health.setAll(status);
      else health.set(service, status);
    },

    async start() {
      const port = await bind(server, options.address, options.credentials ?? ServerCredentials.createInsecure());
      started = true;
      health.setAll('SERVING');
      const address = `${hostOf(options.address)}:${port}`;
      logger.info({ address, server: options.name }, 'gRPC server listening');
      return address;
    },

    shutdown(graceMs) {
      stopping ??= drain(server, health, graceMs, logger);
      return stopping;
    },
  };
}

/** grpc-js types method definitions with `any` messages; ours carry the generated message types. */
function asGrpcDefinition(definition: ServiceDefinitionShape): ServiceDefinition {
  return definition as unknown as ServiceDefinition;
}

function bind(server: Server, address: string, credentials: ServerCredentials): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, credentials, (error, port) => (error ? reject(error) : resolve(port)));
  });
}

function hostOf(address: string): string {
  return address.slice(0, address.lastIndexOf(':'));
}

async function drain(server: Server, health: HealthRegistry, graceMs: number, logger: Logger): Promise<void> {
  health.enterShutdown();
  const forced = await new Promise<boolean>((resolve) => {
    const deadline = setTimeout(() => {
      server.forceShutdown();
      resolve(true);
    }, graceMs);
    server.tryShutdown(() => {
      clearTimeout(deadline);
      resolve(false);
    });
  });
  logger.info({ forced }, 'gRPC server stopped');
}

function adaptHandlers<D extends ServiceDefinitionShape>(
  definition: D,
  handlers: UnaryHandlers<D>,
  logger: Logger,
): Record<string, handleUnaryCall<unknown, unknown>> {
  const adapted: Record<string, handleUnaryCall<unknown, unknown>> = {};
  for (const [name, method] of Object.entries<MethodDefinitionShape>(definition)) {
    if (method.requestStream || method.responseStream) throw new Error(`${method.path}: only unary methods are supported`);
    const handler = (handlers as Readonly<Record<string, UntypedHandler | undefined>>)[name];
    if (!handler) throw new Error(`${method.path}: no handler`);
    adapted[name] = adaptUnary(handler, logger);
  }
  return adapted;
}

type UntypedHandler = (request: unknown, call: UnaryCallInfo) => Promise<unknown>;

/**
 * Runs a plain async handler as a grpc-js unary handler: inside the caller's request context,
 * answering exactly once, with thrown errors mapped to statuses. An already expired deadline is
 * answered without running the handler.
 */
function adaptUnary(handler: UntypedHandler, logger: Logger): handleUnaryCall<unknown, unknown> {
  return (call, callback) => {
    const info = callInfo(call);
    const context = { correlationId: metadataString(call.metadata, 'x-correlation-id'), deadline: info.deadline };
    void runInContext(context, () => {
      if (info.deadline && info.deadline.getTime() <= Date.now()) {
        return respondWithError(callback, expired(info.method), logger, info.method);
      }
      return Promise.resolve()
        .then(() => handler(call.request, info))
        .then(
          (response) => callback(null, response),
          (error: unknown) => respondWithError(callback, error, logger, info.method),
        );
    });
  };
}

function callInfo(call: ServerUnaryCall<unknown, unknown>): UnaryCallInfo {
  const deadline = call.getDeadline();
  const controller = new AbortController();
  call.once('cancelled', () => controller.abort());
  return {
    method: call.getPath(),
    peer: call.getPeer(),
    metadata: call.metadata,
    deadline: Number.isFinite(Number(deadline)) ? new Date(deadline) : undefined,
    signal: controller.signal,
  };
}

function expired(method: string): AppError {
  return new AppError('deadline_exceeded', grpcFailureCodes.deadlineExceeded, `${method}: deadline expired before the call started`);
}

function respondWithError(callback: sendUnaryData<unknown>, thrown: unknown, logger: Logger, method: string): void {
  const error = toAppError(thrown);
  logFailure(logger, error, method);
  callback(toGrpcStatus(error));
}

function logFailure(logger: Logger, error: AppError, method: string): void {
  const fields = { method, code: error.code, category: error.category };
  if (error.category === 'internal') logger.error({ ...fields, err: error.cause ?? error }, 'gRPC handler failed');
  else if (error.isInfrastructureFailure) logger.warn({ ...fields, message: error.message }, 'gRPC handler unavailable');
  else logger.debug({ ...fields, message: error.message }, 'gRPC handler refused');
}

function metadataString(metadata: Metadata, key: string): string | undefined {
  const [value] = metadata.get(key);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function checkHandler(health: HealthRegistry): handleUnaryCall<HealthCheckRequest, HealthCheckResponse> {
  return (call, callback) => {
    const { service } = call.request;
    const status = health.statusOf(service);
    if (status) callback(null, { status });
    else callback(toGrpcStatus(new AppError('not_found', 'SERVICE_UNKNOWN', `No health status for service "${service}"`)));
  };
}

type Watcher = ServerWritableStream<HealthCheckRequest, HealthCheckResponse>;

/** grpc.health.v1 state: a status per registered name ("" = the whole server) and open Watch streams. */
class HealthRegistry {
  private readonly statuses = new Map<string, HealthStatus>([[wholeServer, 'NOT_SERVING']]);
  private readonly watchers = new Set<Watcher>();

  register(service: string): void {
    this.statuses.set(service, 'NOT_SERVING');
  }

  statusOf(service: string): HealthStatus | undefined {
    return this.statuses.get(service);
  }

  set(service: string, status: HealthStatus): void {
    if (!this.statuses.has(service)) throw new Error(`Unknown service ${service}`);
    if (this.statuses.get(service) === status) return;
    this.statuses.set(service, status);
    for (const watcher of this.watchers) {
      if (watcher.request.service === service) watcher.write({ status });
    }
  }

  setAll(status: HealthStatus): void {
    for (const service of this.statuses.keys()) this.set(service, status);
  }

  watch(call: Watcher): void {
    this.watchers.add(call);
    call.on('cancelled', () => this.watchers.delete(call));
    call.write({ status: this.statusOf(call.request.service) ?? 'SERVICE_UNKNOWN' });
  }

  /** Everything NOT_SERVING, then Watch streams end: an open stream would hold up a graceful shutdown. */
  enterShutdown(): void {
    this.setAll('NOT_SERVING');
    for (const watcher of this.watchers) watcher.end();
    this.watchers.clear();
  }
}
