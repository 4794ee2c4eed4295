/**
 * `npm run bench` — the performance figures of ../shared/design/quality.md, each next to a baseline
 * measured in the same run, printed as one line per figure on stdout (progress on stderr).
 *
 * Process layout (2 noisy cores): every server under test runs in a CHILD process — the echo
 * baselines (servers.ts), the gRPC echo server, the all-in-one process — and the load generator
 * (autocannon / the gRPC callers) runs in THIS process, so the two never share one event loop and
 * each gets roughly a core. RabbitMQ is its own process; its baseline publisher/consumer and P4's
 * relay + consumer run here, in one event loop, like the all-in-one process with AMQP_URL set
 * (the conservative case: in distributed mode they are two processes).
 *
 * The platform figures (P1, P2, P3, P5) run the all-in-one process as `npm start` runs it
 * (all-in-one.ts), set up over its public HTTP API (api.ts): P1 and P5 share one process, P2 runs
 * once on the in-process bus and once on RabbitMQ, P3 once per seeded scale.
 *
 * Every loop is bounded by a count and a time; everything targets 127.0.0.1 only. A FAIL never
 * changes the exit code (benchmarks do not gate CI); a benchmark that crashes does (exit 1), and the
 * whole run is cut off (exit 1) if it overruns WATCHDOG_MS.
 */
import { platformNotBuilt, PlatformStartError } from './all-in-one';
import { measureGrpc } from './grpc';
import { measureBareExpress, measureEchoServer, type HttpFigure } from './http';
import { measureIssuanceLatency, type IssuanceLatencyFigure } from './issuance-latency';
import { measureEventPipeline } from './pipeline';
import { AMQP_URL, measureRabbit, type RabbitFigure } from './rabbit';
import { measureRedemptionAtScales, measureRedemptionLoad, type RedemptionAtScaleFigure } from './redemption';
import { ms, printTable, progress, rate, type Row } from './report';

const HTTP_SECONDS = 5;
const GRPC_SECONDS = 5;
const RABBIT_MESSAGES = 50_000;
const PIPELINE_EVENTS = 20_000;
const P1_CONNECTIONS = 32;
const P1_SECONDS = 5;
/** Gift vouchers issued for P1 (one redemption each), and the time bound on issuing them. */
const P1_TICKETS = 5_000;
const P1_ISSUE_SECONDS = 30;
const P2_ORDERS = 200;
/** Callbacks per second: 20/s already built a queue in the in-process mode on this (shared) 2-core machine. */
const P2_PER_SECOND = 10;
const P3_SMALL = 10_000;
const P3_LARGE = 1_000_000;
const P3_REDEMPTIONS = 500;
const WATCHDOG_MS = 450_000;

const rows: Row[] = [];
let crashed = false;

/** `npm run bench -- P1 P4` runs just those targets (and the baselines they are ratios of); no arguments: all. */
const selected = new Set(process.argv.slice(2).map((id) => id.toUpperCase()));
function wanted(...ids: string[]): boolean {
  return selected.size === 0 || ids.some((id) => selected.has(id));
}

function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'FAIL';
}

/** Runs one benchmark; a throw becomes a "crashed" line (and exit code 1), the run goes on. */
async function bench<T>(id: string, name: string, measure: () => Promise<T>, toRows: (value: T) => Row[]): Promise<T | undefined> {
  progress(`${id} ${name}…`);
  try {
    const value = await measure();
    rows.push(...toRows(value));
    return value;
  } catch (error) {
    crashed = true;
    const message = error instanceof Error ? error.message : String(error);
    rows.push({ id, name, figure: '-', verdict: `crashed: ${message.split('\n')[0]}` });
    progress(`${id} ${name} crashed: ${error instanceof Error ? (error.stack ?? message) : message}`);
    return undefined;
  }
}

function httpFigure(f: HttpFigure, connections: number): string {
  return `req/s ${rate(f.requestsPerSecond)}  p99 ${ms(f.p99Ms)}  (${connections} conns${f.errors ? `, ${f.errors} errors` : ''})`;
}

function p2Rows(name: string, f: IssuanceLatencyFigure): Row[] {
  return [
    {
      id: 'P2',
      name,
      figure: `p99 ${ms(f.p99Ms)}  p50 ${ms(f.p50Ms)}  (${f.completed}/${f.orders} orders at ${P2_PER_SECOND}/s${f.refusedCallbacks ? `, ${f.refusedCallbacks} callbacks refused` : ''})`,
      baseline: `of which: callback answered p50 ${ms(f.answeredP50Ms)} p99 ${ms(f.answeredP99Ms)}, issuance committed p50 ${ms(f.committedP50Ms)} p99 ${ms(f.committedP99Ms)}; process ${f.cpuCores.toFixed(2)} cores`,
      ratio: `p99/target ${(f.p99Ms / 500).toFixed(2)}`,
      target: 'target p99 ≤500ms',
      verdict: verdict(f.p99Ms <= 500 && f.completed === f.orders && f.refusedCallbacks === 0),
    },
  ];
}

function p3Figure(f: RedemptionAtScaleFigure): string {
  return `p50 ${ms(f.p50Ms)}  p99 ${ms(f.p99Ms)}  at ${f.seeded.toLocaleString('en-US')} tickets (${f.redemptions} sequential, interleaved${f.errors ? `, ${f.errors} errors` : ''}; seeded in ${f.seedSeconds.toFixed(0)}s)`;
}

async function main(): Promise<void> {
  if (selected.size === 0) {
    await bench('baseline', 'bare-http', () => measureEchoServer('http', 50, HTTP_SECONDS), (f) => [{ id: 'baseline', name: 'bare-http', figure: httpFigure(f, 50) }]);
    await bench('baseline', 'bare-express', () => measureEchoServer('express', 50, HTTP_SECONDS), (f) => [{ id: 'baseline', name: 'bare-express', figure: httpFigure(f, 50) }]);
    await bench('baseline', 'grpc-unary', () => measureGrpc(50, 500_000, GRPC_SECONDS), (f) => [
      { id: 'baseline', name: 'grpc-unary', figure: `calls/s ${rate(f.callsPerSecond)}  p99 ${ms(f.p99Ms)}  (50 in flight${f.errors ? `, ${f.errors} errors` : ''})` },
    ]);
  }
  if (!wanted('P4', 'P2')) return platformFigures(false);
  const broker: RabbitFigure | undefined = await bench(
    'baseline',
    'rabbitmq',
    () => measureRabbit(AMQP_URL, { messages: RABBIT_MESSAGES, seconds: 20, confirmEvery: 500, prefetch: 500 }),
    (f) => [
      { id: 'baseline', name: 'rabbitmq-publish', figure: `msg/s ${rate(f.publishedPerSecond)}  (${f.published} persistent, confirms per 500)` },
      { id: 'baseline', name: 'rabbitmq-consume', figure: `msg/s ${rate(f.consumedPerSecond)}  (${f.consumed} manual acks, prefetch 500)` },
    ],
  );

  if (broker && wanted('P4')) {
    await bench('P4', 'event pipeline', () => measureEventPipeline(AMQP_URL, PIPELINE_EVENTS, 60), (f) => {
      const ratio = f.eventsPerSecond / broker.publishedPerSecond;
      return [
        {
          id: 'P4',
          name: 'event pipeline',
          figure: `events/s ${rate(f.eventsPerSecond)}  (${f.consumed}/${f.events} consumed${f.duplicates ? `, ${f.duplicates} duplicates` : ''})`,
          baseline: `baseline confirms/s ${rate(broker.publishedPerSecond)}`,
          ratio: `ratio ${ratio.toFixed(2)}`,
          target: 'target ≥0.40',
          verdict: verdict(ratio >= 0.4 && f.consumed === f.events),
        },
      ];
    });
  } else if (wanted('P4')) {
    rows.push({ id: 'P4', name: 'event pipeline', figure: '-', verdict: 'not run: the RabbitMQ baseline it is a ratio of did not run' });
  }

  await platformFigures(broker !== undefined);
}

async function platformFigures(rabbitAvailable: boolean): Promise<void> {
  const notBuilt = platformNotBuilt();
  if (notBuilt) {
    for (const id of ['P1', 'P2', 'P3', 'P5'].filter((target) => wanted(target))) rows.push({ id, name: 'all-in-one', figure: '-', verdict: `not run: ${notBuilt}` });
    return;
  }
  if (wanted('P1', 'P5')) await redemptionLoadFigures();
  if (wanted('P2')) {
    const p2 = (amqpUrl?: string) => measureIssuanceLatency({ orders: P2_ORDERS, perSecond: P2_PER_SECOND, quantity: 2, drainSeconds: 10, ...(amqpUrl ? { amqpUrl } : {}) });
    await bench('P2', 'callback→issued, in-process bus', () => p2(), (f) => p2Rows('callback→issued, in-process bus', f));
    if (rabbitAvailable) await bench('P2', 'callback→issued, RabbitMQ', () => p2(AMQP_URL), (f) => p2Rows('callback→issued+events, RabbitMQ', f));
    else rows.push({ id: 'P2', name: 'callback→issued, RabbitMQ', figure: '-', verdict: 'not run: RabbitMQ did not answer (its baseline did not run)' });
  }
  if (wanted('P3')) await redemptionAtScaleFigure();
}

async function redemptionLoadFigures(): Promise<void> {
  const express = await bench('baseline', `bare-express ${P1_CONNECTIONS}`, () => measureBareExpress(P1_CONNECTIONS, P1_SECONDS), (f) => [
    { id: 'baseline', name: `bare-express ${P1_CONNECTIONS}`, figure: httpFigure(f, P1_CONNECTIONS) },
  ]);
  const load = await bench(
    'P1',
    'redemption, full stack',
    () => measureRedemptionLoad({ connections: P1_CONNECTIONS, seconds: P1_SECONDS, tickets: P1_TICKETS, issueSeconds: P1_ISSUE_SECONDS }).catch((error: unknown) => {
      if (error instanceof PlatformStartError) return error;
      throw error;
    }),
    (f) => {
      if (f instanceof PlatformStartError) return [{ id: 'P1', name: 'redemption, full stack', figure: '-', verdict: `not run: ${f.message}` }];
      const ratio = express ? f.http.requestsPerSecond / express.requestsPerSecond : Number.NaN;
      const p99Ratio = express ? f.http.p99Ms / express.p99Ms : Number.NaN;
      return [
        {
          id: 'P1',
          name: 'redemption, full stack',
          figure: `${httpFigure(f.http, P1_CONNECTIONS)}  (${f.http.responses} redemptions of ${f.tickets} tickets issued in ${f.issueSeconds.toFixed(0)}s; process ${f.cpuCores.toFixed(2)} cores, ${ms(f.cpuMsPerRedemption)} CPU a redemption)`,
          baseline: express ? `bare-express ${httpFigure(express, P1_CONNECTIONS)}` : 'bare-express did not run',
          ratio: `ratio ${ratio.toFixed(2)}, p99 ×${p99Ratio.toFixed(1)}`,
          target: 'target ≥0.40, p99 ≤3×, 0 errors',
          verdict: verdict(ratio >= 0.4 && p99Ratio <= 3 && f.http.errors === 0),
        },
      ];
    },
  );
  if (load instanceof PlatformStartError) {
    rows.push({ id: 'P5', name: 'all-in-one start→healthy', figure: '-', target: 'target ≤5s', verdict: `FAIL: ${load.message}` });
  } else if (load) {
    rows.push(
      { id: 'P5', name: 'all-in-one start→healthy', figure: `${load.startToHealthySeconds.toFixed(2)}s`, target: 'target ≤5s', verdict: verdict(load.startToHealthySeconds <= 5) },
      {
        id: 'P5',
        name: 'all-in-one RSS after load',
        figure: `${Math.round(load.rssMb)}MB (peak ${Math.round(load.peakRssMb)}MB)`,
        baseline: `after P1's load: ${load.tickets} tickets issued, ${load.http.responses} redeemed`,
        target: 'target ≤400MB',
        verdict: verdict(load.rssMb <= 400),
      },
      {
        id: 'P5',
        name: 'all-in-one SIGTERM',
        figure: load.exitCode === null ? 'killed (no exit within 10s or died by signal)' : `exit ${load.exitCode} in ${load.stopSeconds.toFixed(2)}s`,
        target: 'target exit 0',
        verdict: verdict(load.exitCode === 0),
      },
    );
  } else {
    rows.push({ id: 'P5', name: 'all-in-one', figure: '-', verdict: 'not run: P1, whose process it measures, crashed' });
  }

}

async function redemptionAtScaleFigure(): Promise<void> {
  await bench('P3', 'redemption p50 vs scale', () => measureRedemptionAtScales([P3_SMALL, P3_LARGE], P3_REDEMPTIONS), ([small, large]) => {
    if (!small || !large) throw new Error('P3 measured fewer scales than it started');
    const ratio = large.p50Ms / small.p50Ms;
    return [
      {
        id: 'P3',
        name: 'redemption p50 vs scale',
        figure: p3Figure(large),
        baseline: p3Figure(small),
        ratio: `ratio ${ratio.toFixed(2)}`,
        target: 'target ≤1.5',
        verdict: verdict(ratio <= 1.5 && large.errors === 0 && small.errors === 0),
      },
    ];
  });
}

const watchdog = setTimeout(() => {
  printTable([...rows, { id: '-', name: 'bench', figure: '-', verdict: `crashed: run exceeded ${WATCHDOG_MS / 1000}s` }]);
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

main().then(
  () => {
    printTable(rows);
    process.exit(crashed ? 1 : 0);
  },
  (error: unknown) => {
    console.error(error);
    printTable(rows);
    process.exit(1);
  },
);
