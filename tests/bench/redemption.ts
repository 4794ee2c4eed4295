import { startPlatformProcess, type PlatformProcess } from './all-in-one';
import { createProduct, issueGiftVouchers, onboard, waitUntilRedeemable, type ApiClient, type TicketView } from './api';
import { measureHttp, type HttpFigure } from './http';
import { percentile, progress } from './report';
import { seedRedemptionStore } from './seed';

/** A merchant's owner on a running platform holding `count` unused gift vouchers the redemption service knows. */
async function issueRedeemableTickets(platform: PlatformProcess, count: number, seconds: number): Promise<{ owner: ApiClient; tickets: TicketView[] }> {
  const { owner } = await onboard(platform.url);
  const productId = await createProduct(owner, 'gift_voucher');
  const tickets = await issueGiftVouchers(owner, productId, count, seconds);
  await waitUntilRedeemable(owner, tickets);
  if (!(await platform.quiet(30))) progress('the all-in-one process was still busy 30s after issuing; measuring anyway');
  return { owner, tickets };
}

export interface RedemptionLoadOptions {
  readonly connections: number;
  readonly seconds: number;
  /** Tickets to issue first (each request redeems a different one): bounds the requests. */
  readonly tickets: number;
  /** Time bound of issuing them; the load then has what was issued. */
  readonly issueSeconds: number;
}

export interface RedemptionLoadFigure {
  /** POST /v1/redemptions, each a different unused ticket's code. */
  readonly http: HttpFigure;
  /** CPU the all-in-one process used under the load (warm-up included), in cores, and per redemption sent (~the events it caused included). */
  readonly cpuCores: number;
  readonly cpuMsPerRedemption: number;
  readonly tickets: number;
  readonly issueSeconds: number;
  /** P5, the same process: spawn → healthy; VmRSS (and peak VmHWM) right after the load; SIGTERM. */
  readonly startToHealthySeconds: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly exitCode: number | null;
  readonly stopSeconds: number;
}

/**
 * P1 and P5 in one all-in-one process: start it (start → healthy), issue up to `tickets` gift
 * vouchers over HTTP, then redeem them by code through the whole stack (HTTP → gateway → JWT →
 * gRPC → redemption store → outbox) at `connections` connections for `seconds` after a warm-up,
 * every request the next unused code; read the process's resident memory; SIGTERM it.
 */
export async function measureRedemptionLoad(options: RedemptionLoadOptions): Promise<RedemptionLoadFigure> {
  const platform = await startPlatformProcess();
  let figure: Omit<RedemptionLoadFigure, 'exitCode' | 'stopSeconds'>;
  try {
    const t0 = performance.now();
    const { owner, tickets } = await issueRedeemableTickets(platform, options.tickets, options.issueSeconds);
    const issueSeconds = (performance.now() - t0) / 1000;
    progress(`P1: ${tickets.length} gift vouchers issued in ${issueSeconds.toFixed(1)}s; redeeming them at ${options.connections} connections`);
    const codes = tickets.map((ticket) => ticket.redemptionCode);
    let next = 0;
    const warmupBudget = Math.floor(codes.length * 0.15);
    const cpu0 = platform.cpuSeconds();
    const t1 = performance.now();
    const http = await measureHttp(platform.url, options.connections, options.seconds, {
      request: {
        method: 'POST',
        path: '/v1/redemptions',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        nextBody: () => JSON.stringify({ redemptionCode: codes[next++] }),
      },
      maxWarmupRequests: warmupBudget,
      // autocannon builds a request per connection ahead of each run, and may build one past its bound.
      maxRequests: codes.length - warmupBudget - 4 * options.connections,
    });
    const cpu = platform.cpuSeconds() - cpu0;
    if (next > codes.length) throw new Error(`P1 ran out of tickets: ${next} requests for ${codes.length}`);
    const cpuCores = cpu / ((performance.now() - t1) / 1000);
    figure = { http, cpuCores, cpuMsPerRedemption: (cpu * 1000) / next, tickets: codes.length, issueSeconds, startToHealthySeconds: platform.startToHealthySeconds, rssMb: platform.memoryMb('VmRSS'), peakRssMb: platform.memoryMb('VmHWM') };
  } catch (error) {
    await platform.stop();
    throw error;
  }
  return { ...figure, ...(await platform.stop()) };
}

export interface RedemptionAtScaleFigure {
  readonly seeded: number;
  readonly seedSeconds: number;
  readonly redemptions: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
}

interface ScaledPlatform {
  readonly seeded: number;
  readonly seedSeconds: number;
  readonly platform: PlatformProcess;
  readonly owner: ApiClient;
  readonly tickets: readonly TicketView[];
  readonly latencies: number[];
  errors: number;
}

/** An all-in-one process whose redemption store was seeded with `seeded` issued tickets (seed.ts), holding `count` real gift vouchers of its own. */
async function startScaledPlatform(seeded: number, count: number): Promise<ScaledPlatform> {
  let seedSeconds = 0;
  const platform = await startPlatformProcess({
    prepare: async (dataDir) => {
      const t0 = performance.now();
      await seedRedemptionStore(dataDir, seeded);
      seedSeconds = (performance.now() - t0) / 1000;
    },
  });
  try {
    const { owner, tickets } = await issueRedeemableTickets(platform, count, 60);
    return { seeded, seedSeconds, platform, owner, tickets, latencies: [], errors: 0 };
  } catch (error) {
    await platform.stop();
    throw error;
  }
}

/**
 * P3: one all-in-one process per scale in `seeded` (its redemption store seeded before it
 * starts), each with `warmup + redemptions` real gift vouchers issued over HTTP; then the
 * redemptions, one at a time, alternating between the processes (so the shared machine's drift
 * weighs on every scale alike), timing each POST /v1/redemptions; the first `warmup` not counted.
 */
export async function measureRedemptionAtScales(seeded: readonly number[], redemptions: number, warmup = 20): Promise<RedemptionAtScaleFigure[]> {
  const scales: ScaledPlatform[] = [];
  try {
    for (const count of seeded) scales.push(await startScaledPlatform(count, warmup + redemptions));
    for (let n = 0; n < warmup + redemptions; n++) {
      for (const scale of scales) {
        const ticket = scale.tickets[n];
        if (!ticket) continue;
        const t0 = performance.now();
        const answer = await scale.owner.request('POST', '/v1/redemptions', { redemptionCode: ticket.redemptionCode });
        if (n >= warmup) scale.latencies.push(performance.now() - t0);
        if (answer.status !== 201) scale.errors++;
      }
    }
    return scales.map(({ seeded, seedSeconds, latencies, errors }) => ({
      seeded,
      seedSeconds,
      redemptions: latencies.length,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      errors,
    }));
  } finally {
    for (const scale of scales) await scale.platform.stop();
  }
}
