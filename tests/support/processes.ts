import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const repositoryRoot = path.resolve(__dirname, '..', '..');

export interface SpawnedProcess {
  readonly child: ChildProcess;
  output(): string;
  exited(): Promise<number | null>;
}

/** Runs a compiled entry point of this repository (built by `tsc -b`, which `npm test` runs first). */
export function spawnEntryPoint(relativeScript: string, environment: Record<string, string>): SpawnedProcess {
  const child = spawn(process.execPath, [path.join(repositoryRoot, relativeScript)], {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH ?? '', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited: () => exit };
}

/**
 * A port for a child process to listen on later. Drawn below the kernel's ephemeral range (32768 and
 * up here): a port from `listen(0)` is one the kernel hands out again, to another test's `listen(0)`
 * or as the source port of an outgoing connection, before the child binds it — and a gateway then
 * reached another platform's service (gRPC UNIMPLEMENTED). Checked free by binding it once.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await canListen(port)) return port;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
