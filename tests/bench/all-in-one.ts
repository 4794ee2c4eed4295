import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { operatorPassword } from '../support/api';
import { freePort } from '../support/processes';
import { waitForExit } from './child';

/** packages/all-in-one/dist/main.js, found through the workspace link like any other dependency. */
export const ALL_IN_ONE_MAIN = join(dirname(require.resolve('@ecticket/all-in-one/package.json')), 'dist', 'main.js');

/** Why the platform cannot be measured here at all (a "not run", not a FAIL), or null. */
export function platformNotBuilt(mainJs = ALL_IN_ONE_MAIN): string | null {
  return existsSync(mainJs) ? null : `${relative(process.cwd(), mainJs)} is not built`;
}

/** The process was built but never became healthy: P5 fails, and what needed it cannot run. */
export class PlatformStartError extends Error {}

export interface PlatformProcess {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly pid: number;
  readonly dataDir: string;
  /** spawn → first 200 from GET /health (P5). */
  readonly startToHealthySeconds: number;
  /** VmRSS (now) or VmHWM (peak) of the process, in MB. */
  memoryMb(field: 'VmRSS' | 'VmHWM'): number;
  /** CPU time (user + system) the process used so far, in seconds. */
  cpuSeconds(): number;
  /**
   * Resolves once the process used under 0.1 core over half a second (its event consumers caught
   * up with what the setup caused), or after `seconds`; false then.
   */
  quiet(seconds: number): Promise<boolean>;
  /** SIGTERM, then the exit code (null: killed after 10 s or by a signal); removes the data dir. */
  stop(): Promise<{ readonly exitCode: number | null; readonly stopSeconds: number }>;
}

export interface PlatformProcessOptions {
  /** Added to the environment (AMQP_URL, AMQP_EXCHANGE…). */
  readonly env?: Readonly<Record<string, string>>;
  /** Runs on the empty DATA_DIR before the process starts (P3 seeds the redemption store there). */
  readonly prepare?: (dataDir: string) => Promise<void>;
  /** Default 20 s. */
  readonly startTimeoutMs?: number;
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

/** utime + stime of /proc/<pid>/stat (fields 14 and 15, after the parenthesised command), at 100 ticks/s. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Starts `node packages/all-in-one/dist/main.js` as `npm start` runs it: a temp DATA_DIR (SQLite
 * stores; the durable in-process bus unless `env` sets AMQP_URL), a free 127.0.0.1 port, warnings
 * only, the operator password of tests/support/api.ts. Resolves once GET /health answers 200;
 * throws PlatformStartError (the process killed, the dir removed) if it exits or times out first.
 */
export async function startPlatformProcess(options: PlatformProcessOptions = {}, mainJs = ALL_IN_ONE_MAIN): Promise<PlatformProcess> {
  const notBuilt = platformNotBuilt(mainJs);
  if (notBuilt) throw new Error(notBuilt);
  const startTimeoutMs = options.startTimeoutMs ?? 20_000;
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ecticket-bench-aio-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.AMQP_URL;
  delete env.MONGO_URL;
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    PASSWORD_HASH_LOG2_COST: '10',
    OPERATOR_PASSWORD: operatorPassword,
    ...options.env,
  });
  try {
    await options.prepare?.(dataDir);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  let output = '';
  const t0 = performance.now();
  // BENCH_CPU_PROFILE_DIR=<dir>: the process writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, mainJs], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let stopped = false;
  const stop = async (): Promise<{ exitCode: number | null; stopSeconds: number }> => {
    const t1 = performance.now();
    let exitCode: number | null = child.exitCode;
    if (!stopped && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      exitCode = await waitForExit(child, 10_000).catch(() => null);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await waitForExit(child, 5000).catch(() => undefined);
      }
    }
    stopped = true;
    rmSync(dataDir, { recursive: true, force: true });
    return { exitCode, stopSeconds: (performance.now() - t1) / 1000 };
  };
  const failed = async (reason: string): Promise<never> => {
    const lines = output.trim().split('\n');
    const last = (lines.find((line) => /^\s*\w*Error:/.test(line)) ?? lines.pop() ?? '').trim().slice(0, 300);
    await stop();
    throw new PlatformStartError(`${reason}: ${last}`);
  };

  const health = `http://127.0.0.1:${port}/health`;
  while ((await status(health)) !== 200) {
    if (child.exitCode !== null || child.signalCode !== null) await failed(`exited ${child.exitCode ?? child.signalCode} before healthy`);
    if (performance.now() - t0 > startTimeoutMs) await failed(`not healthy within ${startTimeoutMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const pid = child.pid ?? -1;
  return {
    url: `http://127.0.0.1:${port}`,
    pid,
    dataDir,
    startToHealthySeconds: (performance.now() - t0) / 1000,
    memoryMb: (field) => memoryMb(pid, field),
    cpuSeconds: () => cpuSeconds(pid),
    quiet: async (seconds) => {
      const deadline = performance.now() + seconds * 1000;
      for (let before = cpuSeconds(pid); performance.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const now = cpuSeconds(pid);
        if (now - before < 0.05) return true;
        before = now;
      }
      return false;
    },
    stop,
  };
}
