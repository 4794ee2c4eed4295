import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as protoLoader from '@grpc/proto-loader';

/**
 * How .proto files become JavaScript values, at run time and in the generated types alike:
 * scripts/generate-proto-types.js passes the same choices to proto-loader-gen-types, and a test
 * keeps the two in step.
 * - keepCase false: `ticket_id` is `ticketId` in TypeScript.
 * - longs String: an int64 arrives as a decimal string (as in proto3's JSON mapping), so a value
 *   above 2^53 is never silently rounded.
 * - enums String: an enum value is its name, readable in logs and stable if numbers are reassigned.
 * - defaults + oneofs: every field of a received message is present, and a oneof names its set field.
 */
export const protoLoaderOptions = Object.freeze({
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
});

/** The part of a proto-loader method definition the gRPC helpers rely on. */
export interface MethodDefinitionShape {
  readonly path: string;
  readonly requestStream: boolean;
  readonly responseStream: boolean;
  readonly requestSerialize: (value: never) => Buffer;
  readonly requestDeserialize: (bytes: Buffer) => unknown;
  readonly responseSerialize: (value: never) => Buffer;
  readonly responseDeserialize: (bytes: Buffer) => unknown;
}

/** A service definition, e.g. the `XServiceDefinition` proto-loader-gen-types generates. */
export interface ServiceDefinitionShape {
  readonly [method: string]: MethodDefinitionShape;
}

/** The method names of a definition (its declared keys, without the index signature). */
export type MethodName<D> = keyof { [K in keyof D as string extends K ? never : K extends string ? K : never]: D[K] };
/** What a client sends: the permissive message type. */
export type RequestOf<M> = M extends { requestSerialize: (value: infer T) => Buffer } ? T : never;
/** What a client receives: the decoded message with every field present. */
export type DecodedResponseOf<M> = M extends { responseDeserialize: (bytes: Buffer) => infer T } ? T : never;

/**
 * The repository's top-level `protos/` directory: the nearest ancestor of `startDir` holding both
 * `protos/` and the workspaces package.json. Works from TypeScript sources and from compiled dist/.
 */
export function findProtosDir(startDir: string = __dirname): string {
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'protos')) && isWorkspacesRoot(dir)) return path.join(dir, 'protos');
    if (path.dirname(dir) === dir) throw new Error(`No protos/ directory beside a workspaces package.json above ${startDir}`);
  }
}

function isWorkspacesRoot(dir: string): boolean {
  const manifest = path.join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
  return typeof parsed === 'object' && parsed !== null && 'workspaces' in parsed;
}

export interface LoadProtoOptions {
  /** Overrides the discovered protos/ directory (also the include path for imports). */
  readonly protosDir?: string;
}

const loaded = new Map<string, protoLoader.PackageDefinition>();

/**
 * Loads .proto files (paths relative to the protos directory, or absolute) with
 * `protoLoaderOptions`. Loading the same files again returns the cached definition.
 */
export function loadProtoPackage(files: readonly string[], options: LoadProtoOptions = {}): protoLoader.PackageDefinition {
  const protosDir = options.protosDir ?? findProtosDir();
  const key = JSON.stringify([protosDir, files]);
  let definition = loaded.get(key);
  if (!definition) {
    definition = protoLoader.loadSync([...files], { ...protoLoaderOptions, includeDirs: [protosDir] });
    loaded.set(key, definition);
  }
  return definition;
}

/**
 * The definition of one service, by fully qualified name (`ecticket.account.v1.AccountService`).
 * `D` is the generated `XServiceDefinition` of that service; the loader cannot check that the
 * generated types match the files, which is why the types are regenerated from the same protos.
 */
export function loadServiceDefinition<D extends ServiceDefinitionShape = ServiceDefinitionShape>(
  files: readonly string[],
  serviceName: string,
  options: LoadProtoOptions = {},
): D {
  const found = loadProtoPackage(files, options)[serviceName];
  if (!found || 'format' in found) throw new Error(`${serviceName} is not a service in ${files.join(', ')}`);
  return found as unknown as D;
}

export interface HealthServiceDefinition extends ServiceDefinitionShape {
  readonly Check: MethodDefinitionShape;
  readonly Watch: MethodDefinitionShape;
}

/** grpc.health.v1.Health, which every server of ours serves and every client can ask. */
export function healthServiceDefinition(options: LoadProtoOptions = {}): HealthServiceDefinition {
  return loadServiceDefinition(['grpc/health/v1/health.proto'], 'grpc.health.v1.Health', options);
}

/**
 * Only health's unary Check: enough for a client whose one use is `checkHealth()` (a probe), since
 * clients serve unary methods only.
 */
export function healthCheckDefinition(options: LoadProtoOptions = {}): Pick<HealthServiceDefinition, 'Check'> {
  return { Check: healthServiceDefinition(options).Check };
}

/** The fully qualified name of the service a definition belongs to, read from its method paths. */
export function serviceNameOf(definition: ServiceDefinitionShape): string {
  const [first] = Object.values(definition);
  const name = first?.path.split('/')[1];
  if (!name) throw new Error('A service definition needs at least one method');
  return name;
}
