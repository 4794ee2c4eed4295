import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { ManualClock } from '../src/clock';
import { Scheduler, jobLeases, type ScheduledJob } from '../src/scheduler';
import { createSqliteStore } from '../src/store/sqlite';
import type { Store } from '../src/store/port';

const silent = pino({ level: 'silent' });

function tempStore(file: string): Store {
  return createSqliteStore({ file });
}

describe('scheduler with store leases', () => {
  let file: string;
  let stores: Store[];

  beforeEach(async () => {
    file = path.join(os.tmpdir(), `scheduler-${randomUUID()}.sqlite`);
    stores = [tempStore(file), tempStore(file)];
    for (const store of stores) await store.ensureCollections([jobLeases]);
  });

  afterEach(async () => {
    for (const store of stores) await store.close();
  });

  function job(runs: Date[], overrides: Partial<ScheduledJob> = {}): ScheduledJob {
    return { name: 'guarantee-expiry', intervalMs: 60_000, leaseMs: 30_000, run: async (now) => void runs.push(now), ...overrides };
  }

  it('runs a job once per interval across two replicas sharing the store', async () => {
    const clock = new ManualClock('2026-03-01T00:00:00Z');
    const runs: Date[] = [];
    const [first, second] = stores.map((store) => new Scheduler({ store, clock, logger: silent }));
    first!.register(job(runs));
    second!.register(job(runs));

    await Promise.all([first!.runDueJobs(), second!.runDueJobs()]);
    expect(runs).toHaveLength(1);

    clock.advance(30_000);
    await Promise.all([first!.runDueJobs(), second!.runDueJobs()]);
    expect(runs).toHaveLength(1);

    clock.advance(30_000);
    await Promise.all([second!.runDueJobs(), first!.runDueJobs()]);
    expect(runs.map((run) => run.toISOString())).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-01T00:01:00.000Z']);
  });

  it('never runs one job on two replicas at once while the lease holds', async () => {
    const clock = new ManualClock();
    let concurrent = 0;
    let maxConcurrent = 0;
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const slowJob = (): ScheduledJob => ({
      name: 'bank-sync',
      intervalMs: 1,
      leaseMs: 60_000,
      run: async () => {
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await blocked;
        concurrent -= 1;
      },
    });
    const [first, second] = stores.map((store) => new Scheduler({ store, clock, logger: silent }));
    first!.register(slowJob());
    second!.register(slowJob());
    const firstRun = first!.runDueJobs();
    await new Promise((resolve) => setImmediate(resolve));
    clock.advance(10);
    const secondRan = await second!.runDueJobs();
    release();
    expect(await firstRun).toEqual(['bank-sync']);
    expect(secondRan).toEqual([]);
    expect(maxConcurrent).toBe(1);
  });

  it('lets another replica take over a lease whose holder died', async () => {
    const clock = new ManualClock();
    const leases = stores[0]!.collection(jobLeases);
    await leases.insert({ id: 'payouts', owner: 'dead-replica', leaseUntil: new Date(clock.now().getTime() + 30_000).toISOString(), lastRunAt: null });
    const runs: Date[] = [];
    const scheduler = new Scheduler({ store: stores[1]!, clock, logger: silent });
    scheduler.register(job(runs, { name: 'payouts' }));

    expect(await scheduler.runDueJobs()).toEqual([]);
    clock.advance(30_001);
    expect(await scheduler.runDueJobs()).toEqual(['payouts']);
  });

  it('leaves a failed job due so it is retried', async () => {
    const clock = new ManualClock();
    let attempts = 0;
    const scheduler = new Scheduler({ store: stores[0]!, clock, logger: silent });
    scheduler.register(job([], {
      name: 'flaky',
      run: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('bank unreachable');
      },
    }));
    expect(await scheduler.runDueJobs()).toEqual([]);
    expect(await scheduler.runDueJobs()).toEqual(['flaky']);
    expect(attempts).toBe(2);
  });
});
