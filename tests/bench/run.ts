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
 * Every loop is bounded by a count and a time; everything targets 127.0.0.1 only. A FAIL never
 * changes the exit code (benchmarks do not gate CI); a benchmark that crashes does (exit 1), and the
 * whole run is cut off (exit 1) if it overruns WATCHDOG_MS.
 */
import { measureAllInOne } from './all-in-one';
import { measureGrpc } from './grpc';
import { measureEchoServer } from './http';
import { measureEventPipeline } from './pipeline';
import { AMQP_URL, measureRabbit, type RabbitFigure } from './rabbit';
import { ms, printTable, progress, rate, type Row } from './report';

const HTTP_SECONDS = 5;
const GRPC_SECONDS = 5;
const RABBIT_MESSAGES = 50_000;
const PIPELINE_EVENTS = 20_000;
const P5_LOAD_SECONDS = 5;
const WATCHDOG_MS = 240_000;

const rows: Row[] = [];
let crashed = false;

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

async function main(): Promise<void> {
  await bench('baseline', 'bare-http', () => measureEchoServer('http', 50, HTTP_SECONDS), (f) => [
    { id: 'baseline', name: 'bare-http', figure: `req/s ${rate(f.requestsPerSecond)}  p99 ${ms(f.p99Ms)}  (50 conns${f.errors ? `, ${f.errors} errors` : ''})` },
  ]);
  await bench('baseline', 'bare-express', () => measureEchoServer('express', 50, HTTP_SECONDS), (f) => [
    { id: 'baseline', name: 'bare-express', figure: `req/s ${rate(f.requestsPerSecond)}  p99 ${ms(f.p99Ms)}  (50 conns${f.errors ? `, ${f.errors} errors` : ''})` },
  ]);
  await bench('baseline', 'grpc-unary', () => measureGrpc(50, 500_000, GRPC_SECONDS), (f) => [
    { id: 'baseline', name: 'grpc-unary', figure: `calls/s ${rate(f.callsPerSecond)}  p99 ${ms(f.p99Ms)}  (50 in flight${f.errors ? `, ${f.errors} errors` : ''})` },
  ]);
  const broker: RabbitFigure | undefined = await bench(
    'baseline',
    'rabbitmq',
    () => measureRabbit(AMQP_URL, { messages: RABBIT_MESSAGES, seconds: 20, confirmEvery: 500, prefetch: 500 }),
    (f) => [
      { id: 'baseline', name: 'rabbitmq-publish', figure: `msg/s ${rate(f.publishedPerSecond)}  (${f.published} persistent, confirms per 500)` },
      { id: 'baseline', name: 'rabbitmq-consume', figure: `msg/s ${rate(f.consumedPerSecond)}  (${f.consumed} manual acks, prefetch 500)` },
    ],
  );

  if (broker) {
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
  } else {
    rows.push({ id: 'P4', name: 'event pipeline', figure: '-', verdict: 'not run: the RabbitMQ baseline it is a ratio of did not run' });
  }

  await bench('P5', 'all-in-one', () => measureAllInOne(P5_LOAD_SECONDS), (outcome) => {
    if (outcome.kind !== 'ran') {
      const text = outcome.kind === 'not run' ? `not run: ${outcome.reason}` : `FAIL: ${outcome.reason}`;
      return [{ id: 'P5', name: 'all-in-one start→healthy', figure: '-', target: 'target ≤5s', verdict: text }];
    }
    const f = outcome.figure;
    return [
      {
        id: 'P5',
        name: 'all-in-one start→healthy',
        figure: `${f.startToHealthySeconds.toFixed(2)}s`,
        target: 'target ≤5s',
        verdict: verdict(f.startToHealthySeconds <= 5),
      },
      {
        id: 'P5',
        name: 'all-in-one RSS after load',
        figure: `${Math.round(f.rssMb)}MB (peak ${Math.round(f.peakRssMb)}MB)`,
        baseline: `after ${P5_LOAD_SECONDS}s GET /health, 32 conns, ${rate(f.load.requestsPerSecond)} req/s (P1 load not built yet)`,
        target: 'target ≤400MB',
        verdict: verdict(f.rssMb <= 400),
      },
      {
        id: 'P5',
        name: 'all-in-one SIGTERM',
        figure: f.exitCode === null ? 'killed (no exit within 10s or died by signal)' : `exit ${f.exitCode} in ${f.stopSeconds.toFixed(2)}s`,
        target: 'target exit 0',
        verdict: verdict(f.exitCode === 0),
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
