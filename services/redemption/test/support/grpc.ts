import { Client, Metadata, Server, ServerCredentials, credentials, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { fromServiceError, type DecodedResponseOf, type MethodName, type RequestOf, type ServiceDefinitionShape } from '@ecticket/platform';

/** Calls a service as a person would through the gateway: their access token in the `authorization` metadata. */
export class Caller<D extends ServiceDefinitionShape> {
  private readonly client: Client;

  constructor(
    private readonly definition: D,
    address: string,
  ) {
    this.client = new Client(address, credentials.createInsecure());
  }

  call<M extends MethodName<D>>(method: M, request: RequestOf<D[M]>, token?: string): Promise<DecodedResponseOf<D[M]>> {
    const definition = this.definition[method];
    if (!definition) throw new Error(`no method ${String(method)}`);
    const metadata = new Metadata();
    if (token !== undefined) metadata.set('authorization', `Bearer ${token}`);
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        definition.path,
        definition.requestSerialize as (value: unknown) => Buffer,
        definition.responseDeserialize as (bytes: Buffer) => unknown,
        request,
        metadata,
        { deadline: Date.now() + 20_000 },
        (error, response) => (error ? reject(fromServiceError(error, definition.path)) : resolve(response as DecodedResponseOf<D[M]>)),
      );
    });
  }

  close(): void {
    this.client.close();
  }
}

/** A peer standing in for a service not started in these tests: a real gRPC server serving only the methods given. */
export async function startStandIn(definition: ServiceDefinitionShape, handlers: UntypedServiceImplementation): Promise<{ address: string; stop(): Promise<void> }> {
  const server = new Server();
  server.addService(definition as unknown as ServiceDefinition, handlers);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  return {
    address: `127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}

/** The refusal a call ends with: its category, stable code and details. */
export async function refusalOf(call: Promise<unknown>): Promise<{ category: string; code: string; details: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    const { category, code, details } = error as { category: string; code: string; details: Record<string, unknown> };
    return { category, code, details };
  }
  throw new Error('expected the call to be refused');
}

/** Waits for an observable signal (never a fixed sleep). */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
