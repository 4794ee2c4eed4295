import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { waitForExit } from './child';
import { measureHttp, type HttpFigure } from './http';

export interface AllInOneFigure {
  readonly startToHealthySeconds: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly load: HttpFigure;
  /** Exit code after SIGTERM; null when it had to be killed. */
  readonly exitCode: number | null;
  readonly stopSeconds: number;
}

export type AllInOneOutcome =
  | { readonly kind: 'ran'; readonly figure: AllInOneFigure }
  /** Could not be measured here (not built). */
  | { readonly kind: 'not run'; readonly reason: string }
  /** Built, but never became healthy: P5 fails. */
  | { readonly kind: 'failed'; readonly reason: string };

/** packages/all-in-one/dist/main.js, found through the workspace link like any other dependency. */
export const ALL_IN_ONE_MAIN = join(dirname(require.resolve('@ecticket/all-in-one/package.json')), 'dist', 'main.js');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}

/**
 * P5: starts `node packages/all-in-one/dist/main.js` (in-process bus, SQLite in a temp DATA_DIR) and
 * times spawn → first 200 from GET /health; loads /health for `loadSeconds` (P1's load once it
 * exists); reads VmRSS; sends SIGTERM and waits for the exit code. Everything bounded in time.
 */
export async function measureAllInOne(loadSeconds: number, mainJs = ALL_IN_ONE_MAIN, startTimeoutMs = 20_000): Promise<AllInOneOutcome> {
  if (!existsSync(mainJs)) return { kind: 'not run', reason: `${relative(process.cwd(), mainJs)} is not built` };
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ecticket-bench-aio-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.AMQP_URL;
  delete env.MONGO_URL;
  let output = '';
  const t0 = performance.now();
  const child = spawn(process.execPath, [mainJs], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-2000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const lastLine = (): string => {
    const lines = output.trim().split('\n');
    return (lines.find((line) => /^\s*\w*Error:/.test(line)) ?? lines.pop() ?? '').trim().slice(0, 300);
  };
  try {
    const health = `http://127.0.0.1:${port}/health`;
    while ((await status(health)) !== 200) {
      if (child.exitCode !== null || child.signalCode !== null) {
        return { kind: 'failed', reason: `exited ${child.exitCode ?? child.signalCode} before healthy: ${lastLine()}` };
      }
      if (performance.now() - t0 > startTimeoutMs) return { kind: 'failed', reason: `not healthy within ${startTimeoutMs / 1000}s: ${lastLine()}` };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const startToHealthySeconds = (performance.now() - t0) / 1000;
    const load = await measureHttp(`http://127.0.0.1:${port}`, 32, loadSeconds, { request: { method: 'GET', path: '/health' } });
    const pid = child.pid ?? -1;
    const rssMb = memoryMb(pid, 'VmRSS');
    const peakRssMb = memoryMb(pid, 'VmHWM');
    const t1 = performance.now();
    child.kill('SIGTERM');
    const exitCode = await waitForExit(child, 10_000).catch(() => null);
    return { kind: 'ran', figure: { startToHealthySeconds, rssMb, peakRssMb, load, exitCode, stopSeconds: (performance.now() - t1) / 1000 } };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await waitForExit(child, 5000).catch(() => undefined);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}
