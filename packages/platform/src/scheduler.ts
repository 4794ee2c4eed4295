import { randomUUID } from 'node:crypto';
import type { Clock } from './clock';
import type { Logger } from './logging';
import { DuplicateKeyError, defineCollection, type Store, type StoredDocument } from './store/port';

export interface JobLease extends StoredDocument {
  /** The job name. */
  readonly id: string;
  readonly owner: string | null;
  readonly leaseUntil: string;
  readonly lastRunAt: string | null;
}

export const jobLeases = defineCollection<JobLease>('job_leases');

export interface ScheduledJob {
  readonly name: string;
  /** The job runs at most once per interval across every replica sharing the store. */
  readonly intervalMs: number;
  /** Longest a run may take; a replica that died mid-run frees the job after this. */
  readonly leaseMs: number;
  run(now: Date): Promise<void>;
}

export interface SchedulerOptions {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  /** How often the timer checks for due jobs; tests leave the timer off and call runDueJobs. */
  readonly tickMs?: number;
}

/**
 * Runs periodic jobs (issuance-window expiry, guarantee expiry, payouts, bank sync). Before a run a
 * replica takes the job's lease with a conditional update, so two replicas never run one job at
 * once, and a job that ran within its interval is not run again by anyone.
 */
export class Scheduler {
  private readonly jobs = new Map<string, ScheduledJob>();
  private readonly owner = randomUUID();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly options: SchedulerOptions) {}

  register(job: ScheduledJob): void {
    if (this.jobs.has(job.name)) throw new Error(`job ${job.name} is already registered`);
    this.jobs.set(job.name, job);
  }

  start(): void {
    const tickMs = this.options.tickMs ?? 1000;
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.runDueJobs().then(() => undefined));
    }, tickMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs every job that is due now and whose lease this replica obtains; returns the names run. */
  async runDueJobs(): Promise<string[]> {
    const ran: string[] = [];
    for (const job of this.jobs.values()) {
      if (await this.runIfDue(job)) ran.push(job.name);
    }
    return ran;
  }

  private async runIfDue(job: ScheduledJob): Promise<boolean> {
    const startedAt = this.options.clock.now();
    if (!(await this.acquire(job, startedAt))) return false;
    try {
      await job.run(startedAt);
      await this.release(job, startedAt);
      return true;
    } catch (error) {
      this.options.logger.error({ err: error, job: job.name }, 'scheduled job failed; it will be retried when due');
      await this.release(job, null);
      return false;
    }
  }

  private async acquire(job: ScheduledJob, now: Date): Promise<boolean> {
    const leases = this.options.store.collection(jobLeases);
    const leaseUntil = new Date(now.getTime() + job.leaseMs).toISOString();
    const dueBefore = new Date(now.getTime() - job.intervalMs).toISOString();
    const nowIso = now.toISOString();
    const taken =
      (await leases.updateOne(
        { id: job.name, leaseUntil: { $lte: nowIso }, lastRunAt: null },
        { $set: { owner: this.owner, leaseUntil } },
      )) ??
      (await leases.updateOne(
        { id: job.name, leaseUntil: { $lte: nowIso }, lastRunAt: { $lte: dueBefore } },
        { $set: { owner: this.owner, leaseUntil } },
      ));
    if (taken) return true;
    if (await leases.get(job.name)) return false;
    try {
      await leases.insert({ id: job.name, owner: this.owner, leaseUntil, lastRunAt: null });
      return true;
    } catch (error) {
      if (error instanceof DuplicateKeyError) return false;
      throw error;
    }
  }

  /** Frees the lease; a successful run records when it ran, a failed one leaves the job due. */
  private async release(job: ScheduledJob, ranAt: Date | null): Promise<void> {
    const free = new Date(0).toISOString();
    const set = ranAt ? { owner: null, leaseUntil: free, lastRunAt: ranAt.toISOString() } : { owner: null, leaseUntil: free };
    await this.options.store.collection(jobLeases).updateOne({ id: job.name, owner: this.owner }, { $set: set });
  }
}
