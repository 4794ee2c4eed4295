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

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}
