import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { startChildServer } from './child';
import { loadEcho, writeEchoProto, type EchoClient, type EchoMessage } from './echo-proto';
import { percentile } from './report';

export interface GrpcFigure {
  readonly callsPerSecond: number;
  readonly p99Ms: number;
  readonly calls: number;
  readonly errors: number;
}

const REQUEST: EchoMessage = { ticket_code: 'K7QX-4M2P-9D3H', branch_id: 'br_01HZX3', merchant_id: 'mer_01HZX2', at_ms: '1768473000000' };

function call(client: EchoClient): Promise<void> {
  return new Promise((resolve, reject) => client.Echo(REQUEST, (error) => (error ? reject(error) : resolve())));
}

/** `inFlight` callers, each calling again as soon as its call returns, until `maxCalls` or `seconds`. */
async function drive(client: EchoClient, inFlight: number, maxCalls: number, seconds: number): Promise<GrpcFigure> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let started = 0;
  let errors = 0;
  const caller = async (): Promise<void> => {
    while (started < maxCalls && performance.now() < deadline) {
      started++;
      const t0 = performance.now();
      try {
        await call(client);
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: inFlight }, caller));
  const elapsed = (performance.now() - t0) / 1000;
  return { callsPerSecond: latencies.length / elapsed, p99Ms: percentile(latencies, 99), calls: latencies.length, errors };
}

/**
 * Baseline 3: grpc-js unary echo on loopback, server in a child process, client here with
 * `inFlight` calls outstanding; 1 s warm-up, then at most `maxCalls` calls or `seconds`.
 */
export async function measureGrpc(inFlight: number, maxCalls: number, seconds: number): Promise<GrpcFigure> {
  const protoFile = writeEchoProto();
  const server = await startChildServer('grpc', [protoFile]);
  const Echo = loadEcho(protoFile);
  const client = new Echo(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure()) as unknown as EchoClient;
  try {
    await new Promise<void>((resolve, reject) => client.waitForReady(Date.now() + 5000, (error) => (error ? reject(error) : resolve())));
    await drive(client, inFlight, maxCalls, 1);
    return await drive(client, inFlight, maxCalls, seconds);
  } finally {
    client.close();
    await server.stop();
    rmSync(dirname(protoFile), { recursive: true, force: true });
  }
}
