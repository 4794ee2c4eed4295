import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

/** The tiny service the gRPC baseline calls: a message about the size of a redemption request. */
const ECHO_PROTO = `syntax = "proto3";
package bench.v1;
service Echo { rpc Echo (EchoMessage) returns (EchoMessage); }
message EchoMessage { string ticket_code = 1; string branch_id = 2; string merchant_id = 3; int64 at_ms = 4; }
`;

export interface EchoMessage {
  ticket_code: string;
  branch_id: string;
  merchant_id: string;
  at_ms: string;
}

export interface EchoClient extends grpc.Client {
  Echo(request: EchoMessage, callback: (error: grpc.ServiceError | null, reply?: EchoMessage) => void): grpc.ClientUnaryCall;
}

interface EchoPackage {
  bench: { v1: { Echo: grpc.ServiceClientConstructor } };
}

/** Writes the proto to a fresh temp dir and returns its path (tsc does not copy .proto files to dist). */
export function writeEchoProto(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ecticket-bench-proto-')), 'echo.proto');
  writeFileSync(file, ECHO_PROTO);
  return file;
}

export function loadEcho(protoFile: string): grpc.ServiceClientConstructor {
  const definition = protoLoader.loadSync(protoFile, { keepCase: true, longs: String, defaults: true });
  return (grpc.loadPackageDefinition(definition) as unknown as EchoPackage).bench.v1.Echo;
}
