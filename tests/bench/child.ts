import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ServerKind } from './servers';

export interface ChildServer {
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Resolves with the exit code (null when killed by a signal), or rejects after `timeoutMs`. */
export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pid ${child.pid} still running after ${timeoutMs}ms`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Forks `servers.js <kind>` (compiled beside this file) and waits for the port it listens on. */
export async function startChildServer(kind: ServerKind, args: readonly string[] = [], timeoutMs = 10_000): Promise<ChildServer> {
  const child = fork(join(__dirname, 'servers.js'), [kind, ...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within ${timeoutMs}ms`)), timeoutMs);
    child.once('message', (message: { port: number }) => {
      clearTimeout(timer);
      resolve(message.port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with ${code} before listening`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    port,
    pid: child.pid ?? -1,
    async stop() {
      child.kill('SIGTERM');
      await waitForExit(child, 5000).catch(() => child.kill('SIGKILL'));
    },
  };
}
