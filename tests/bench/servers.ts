/**
 * Child-process entry of the baseline servers: `node servers.js http|express|grpc [protoFile]`.
 * Listens on a free 127.0.0.1 port, reports `{ port }` to the parent over IPC, and exits when the
 * parent disconnects (so a crashed run leaves no server behind). The handler is the same in all:
 * parse the JSON body and send it back.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import * as grpc from '@grpc/grpc-js';
import { loadEcho, type EchoMessage } from './echo-proto';

export type ServerKind = 'http' | 'express' | 'grpc';

function ready(port: number): void {
  process.send?.({ port });
}

function startHttp(): void {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400).end();
        return;
      }
      const json = JSON.stringify(body);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    });
  });
  server.listen(0, '127.0.0.1', () => ready((server.address() as AddressInfo).port));
}

function startExpress(): void {
  const app = express();
  app.use(express.json());
  app.post('/echo', (req, res) => {
    res.json(req.body);
  });
  const server = app.listen(0, '127.0.0.1', () => ready((server.address() as AddressInfo).port));
}

function startGrpc(protoFile: string): void {
  const server = new grpc.Server();
  server.addService(loadEcho(protoFile).service, {
    Echo: (call: grpc.ServerUnaryCall<EchoMessage, EchoMessage>, callback: grpc.sendUnaryData<EchoMessage>) => callback(null, call.request),
  });
  server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => {
    if (error) throw error;
    ready(port);
  });
}

if (require.main === module) {
  process.on('disconnect', () => process.exit(0));
  const [kind, protoFile] = process.argv.slice(2);
  if (kind === 'http') startHttp();
  else if (kind === 'express') startExpress();
  else if (kind === 'grpc' && protoFile) startGrpc(protoFile);
  else throw new Error(`usage: servers.js http|express|grpc [protoFile], got ${process.argv.slice(2).join(' ')}`);
}
