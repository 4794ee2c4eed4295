import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { EventEnvelope } from '../../src/messaging/envelope';
import { consumeOnce, inboxCollection } from '../../src/messaging/inbox';
import { OutboxRelay, outboxCollection } from '../../src/messaging/outbox';
import { defineCollection, insertOperation, type CollectionSpec, type Store, type StoredDocument } from '../../src/store/port';
import { busFactories, openStore, silentLogger, tempDirectory, testBusOptions, waitFor, type BusFactory, type BusUnderTest, type TempDirectory } from './support';

const orders = defineCollection<{ id: string; status: string }>('orders');
const tickets = defineCollection<{ id: string; orderId: string }>('tickets');

interface Reached {
  readonly reached: 'committed' | 'claimed';
  readonly eventId: string;
}

/** Runs the fixture until it reports the point it was asked to reach, then SIGKILLs it there. */
async function runAndKill(storeFile: string, mode: 'commit' | 'claim', leaseMs = 30_000): Promise<Reached> {
  const fixtures = path.join(__dirname, 'fixtures');
  const child = spawn(process.execPath, ['--require', path.join(fixtures, 'register-ts.js'), path.join(fixtures, 'commit-then-hang.ts')], {
    env: { ...process.env, STORE_FILE: storeFile, MODE: mode, LEASE_MS: String(leaseMs) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const line = await new Promise<string | undefined>((resolve) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    void exited.then(() => resolve(undefined));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  if (line === undefined) throw new Error(`the fixture died before reporting: ${stderr}`);
  return JSON.parse(line) as Reached;
}

describe.each(busFactories)('T4: a process SIGKILLed right after its commit, over the %s bus', (_kind, createFactory) => {
  let factory: BusFactory;
  let directory: TempDirectory;
  let store: Store | undefined;
  let busUnderTest: BusUnderTest | undefined;

  beforeAll(async () => {
    factory = await createFactory();
  });

  afterAll(async () => {
    await factory.remove();
  });

  beforeEach(() => {
    directory = tempDirectory();
  });

  afterEach(async () => {
    await busUnderTest?.close();
    await store?.close();
    directory.remove();
  });

  /** The restarted service: its store on the same file, a consumer applying the event through the inbox. */
  async function restart(storeFile: string): Promise<{ store: Store; deliveries: EventEnvelope[] }> {
    const restarted = openStore(storeFile);
    store = restarted;
    await restarted.ensureCollections([orders, tickets, outboxCollection, inboxCollection] as CollectionSpec<StoredDocument>[]);
    busUnderTest = await factory.open(testBusOptions());
    const deliveries: EventEnvelope[] = [];
    await busUnderTest.bus.subscribe('issuance', ['order.paid.v1'], async (envelope) => {
      deliveries.push(envelope);
      await consumeOnce(restarted, 'issuance', envelope, () => [insertOperation(tickets, { id: randomUUID(), orderId: 'o-1' })]);
    });
    return { store: restarted, deliveries };
  }

  it('publishes the committed event from a new relay, and it is consumed once', async () => {
    const storeFile = directory.file('issuance.sqlite');
    const { eventId } = await runAndKill(storeFile, 'commit');

    const { store: restarted, deliveries } = await restart(storeFile);
    expect(await restarted.collection(orders).get('o-1')).toMatchObject({ status: 'paid' });
    expect(await restarted.collection(outboxCollection).get(eventId)).toMatchObject({ status: 'pending' });
    const relay = new OutboxRelay({ store: restarted, bus: busUnderTest!.bus, logger: silentLogger });
    relay.start();
    try {
      await waitFor(async () => (await restarted.collection(tickets).count({})) === 1, 'the ticket issued');
    } finally {
      await relay.stop();
    }
    expect(deliveries.map((envelope) => envelope.id)).toEqual([eventId]);
    expect(await restarted.collection(inboxCollection).count({ eventId })).toBe(1);
    expect(await restarted.collection(outboxCollection).get(eventId)).toMatchObject({ status: 'sent' });
  });

  it('leaves an entry the dead relay had claimed alone until its lease ends, then publishes it once', async () => {
    const storeFile = directory.file('issuance.sqlite');
    const { eventId } = await runAndKill(storeFile, 'claim', 2_000);

    const { store: restarted, deliveries } = await restart(storeFile);
    const relay = new OutboxRelay({ store: restarted, bus: busUnderTest!.bus, logger: silentLogger, pollIntervalMs: 50 });
    await expect(relay.flush()).resolves.toBe(0);
    expect(await restarted.collection(outboxCollection).get(eventId)).toMatchObject({ status: 'pending', attempts: 1, leaseOwner: expect.any(String) });
    relay.start();
    try {
      await waitFor(async () => (await restarted.collection(tickets).count({})) === 1, 'the ticket issued after the lease', 10_000);
    } finally {
      await relay.stop();
    }
    expect(deliveries.map((envelope) => envelope.id)).toEqual([eventId]);
    expect(await restarted.collection(outboxCollection).get(eventId)).toMatchObject({ status: 'sent', attempts: 2 });
  });
});
