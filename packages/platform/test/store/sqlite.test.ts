import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DuplicateKeyError, createSqliteStore, defineCollection, insertOperation } from '../../src/store';
import { runStoreContract } from './contract';

const directory = mkdtempSync(path.join(os.tmpdir(), 'ecticket-sqlite-store-'));
let file = '';

beforeEach(() => {
  file = path.join(directory, `${randomUUID()}.sqlite`);
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

runStoreContract('SQLite store contract', async () => createSqliteStore({ file }));

describe('SQLite store specifics', () => {
  test('the file is in WAL mode', async () => {
    await createSqliteStore({ file }).close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  test('a closed store refuses work with an unavailable error', async () => {
    const store = createSqliteStore({ file });
    await store.close();
    await expect(store.ping()).rejects.toMatchObject({ category: 'unavailable', code: 'STORE_CLOSED' });
  });

  test('filters reject unknown operators and unsafe paths instead of building SQL from them', async () => {
    const store = createSqliteStore({ file });
    const things = store.collection(defineCollection<{ id: string }>('things'));
    await expect(things.find({ "a') OR 1=1 --": 'x' })).rejects.toThrow(/bad field path/);
    await expect(things.find({ a: { $regex: 'x' } as never })).rejects.toThrow(/unsupported filter operator/);
    await expect(things.find({ a: { nested: 1 } as never })).rejects.toThrow(/unsupported filter operator/);
    await expect(things.updateOne({ id: 'x' }, { $set: { id: 'y' } })).resolves.toBeNull();
    await things.insert({ id: 'x' });
    await expect(things.updateOne({ id: 'x' }, { $set: { id: 'y' } })).rejects.toThrow(/id cannot be updated/);
    await store.close();
  });

  test('writes queued in one turn (one group commit): one that fails rolls back alone and rejects only its caller, the others commit', async () => {
    const store = createSqliteStore({ file });
    const things = defineCollection<{ id: string; n: number }>('things', [{ fields: ['n'], unique: true }]);
    await store.ensureCollections([things]);
    const outcomes = await Promise.allSettled([
      store.write([insertOperation(things, { id: 'a', n: 1 })]),
      // Its first insert is fine, its second breaks the unique index: neither may stay.
      store.write([insertOperation(things, { id: 'b', n: 2 }), insertOperation(things, { id: 'c', n: 1 })]),
      store.collection(things).insert({ id: 'd', n: 4 }),
      store.collection(things).updateOne({ id: 'a', n: 1 }, { $set: { n: 5 } }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateKeyError);
    expect((await store.collection(things).find({}, { sort: { n: 1 } })).map(({ id, n }) => [id, n])).toEqual([
      ['d', 4],
      ['a', 5],
    ]);
    await store.close();
  });

  test('a write after which SQLite rolled back the whole transaction (disk full, I/O error) fails its whole group, which leaves nothing', async () => {
    const store = createSqliteStore({ file });
    const things = defineCollection<{ id: string; n: number }>('things');
    await store.ensureCollections([things]);
    await store.write([insertOperation(things, { id: 'a', n: 0 }), insertOperation(things, { id: 'b', n: 0 })]);
    const raw = new Database(file);
    raw.exec(`CREATE TRIGGER abort_transaction BEFORE INSERT ON things WHEN NEW.id = 'full' BEGIN SELECT RAISE(ROLLBACK, 'database or disk is full'); END`);
    raw.close();
    const outcomes = await Promise.allSettled([
      store.collection(things).updateOne({ id: 'a' }, { $set: { n: 1 } }),
      store.collection(things).insert({ id: 'full', n: 1 }),
      store.collection(things).updateOne({ id: 'b' }, { $set: { n: 1 } }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await store.collection(things).find({}, { sort: { id: 1 } })).toEqual([
      { id: 'a', n: 0 },
      { id: 'b', n: 0 },
    ]);
    await store.close();
  });

  test('$inc keeps an integer an integer in the stored JSON', async () => {
    const store = createSqliteStore({ file });
    const counters = defineCollection<{ id: string; n: number }>('counters');
    await store.collection(counters).insert({ id: 'c', n: 1 });
    for (let run = 0; run < 3; run += 1) await store.collection(counters).updateOne({ id: 'c' }, { $inc: { n: 2 } });
    await store.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare(`SELECT json_type(doc, '$.n') AS type, doc FROM counters`).get()).toEqual({ type: 'integer', doc: '{"id":"c","n":7}' });
    raw.close();
  });

  test('updateMany is all or nothing: a unique clash on one document leaves every other unchanged', async () => {
    const store = createSqliteStore({ file });
    const seats = defineCollection<{ id: string; seat: string }>('seats', [{ fields: ['seat'], unique: true }]);
    await store.ensureCollections([seats]);
    await store.write([insertOperation(seats, { id: 'a', seat: 'A1' }), insertOperation(seats, { id: 'b', seat: 'B1' })]);
    await expect(store.collection(seats).updateMany({}, { $set: { seat: 'Z9' } })).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await store.collection(seats).find({}, { sort: { seat: 1 } })).toEqual([
      { id: 'a', seat: 'A1' },
      { id: 'b', seat: 'B1' },
    ]);
    await store.close();
  });

  test('close() commits the writes still queued', async () => {
    const store = createSqliteStore({ file });
    const things = defineCollection<{ id: string }>('things');
    await store.ensureCollections([things]);
    const written = store.collection(things).insert({ id: 'last' });
    await store.close();
    await expect(written).resolves.toEqual({ id: 'last' });
    const reopened = createSqliteStore({ file });
    expect(await reopened.collection(things).get('last')).toEqual({ id: 'last' });
    await reopened.close();
  });

  test('separate processes on one file: one redemption wins, every compare-and-set increment lands', async () => {
    const processes = 4;
    const incrementsEach = 25;
    const store = createSqliteStore({ file });
    await store.ensureCollections([childCollections.tickets, childCollections.counters]);
    await store.collection(childCollections.tickets).insert({ id: 't1', status: 'unused' });
    await store.collection(childCollections.counters).insert({ id: 'c', value: 0, version: 0 });

    const startAt = Date.now() + 1500;
    const outputs = await Promise.all(
      Array.from({ length: processes }, (_, index) => runChild({ file, name: `p${index}`, increments: incrementsEach, startAt })),
    );

    expect(outputs.filter((output) => output.redeemed)).toHaveLength(1);
    expect(await store.collection(childCollections.counters).get('c')).toEqual({
      id: 'c',
      value: processes * incrementsEach,
      version: processes * incrementsEach,
    });
    const winner = outputs.find((output) => output.redeemed)?.name;
    expect((await store.collection(childCollections.tickets).get('t1'))?.redeemedBy).toBe(winner);
    await store.close();
  }, 30000);
});

const childCollections = {
  tickets: defineCollection<{ id: string; status: string; redeemedBy?: string }>('tickets'),
  counters: defineCollection<{ id: string; value: number; version: number }>('counters'),
};

interface ChildOutput {
  readonly name: string;
  readonly redeemed: boolean;
  readonly conflicts: number;
}

// The child loads the adapter's TypeScript source through @swc/core, as jest does.
const childScript = `
const fs = require('node:fs');
const { transformSync } = require(process.env.SWC_CORE);
require.extensions['.ts'] = (module, filename) => {
  const options = { filename, jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } };
  module._compile(transformSync(fs.readFileSync(filename, 'utf8'), options).code, filename);
};
const { createSqliteStore, defineCollection } = require(process.env.STORE_MODULE);
const { FILE, NAME, INCREMENTS, START_AT } = process.env;
(async () => {
  const store = createSqliteStore({ file: FILE });
  const tickets = store.collection(defineCollection('tickets'));
  const counters = store.collection(defineCollection('counters'));
  while (Date.now() < Number(START_AT)) await new Promise((resolve) => setTimeout(resolve, 5));
  const redeemed = (await tickets.updateOne({ id: 't1', status: 'unused' }, { $set: { status: 'redeemed', redeemedBy: NAME } })) !== null;
  let conflicts = 0;
  for (let done = 0; done < Number(INCREMENTS); ) {
    const current = await counters.get('c');
    const next = await counters.updateOne({ id: 'c', version: current.version }, { $set: { version: current.version + 1 }, $inc: { value: 1 } });
    if (next) done += 1; else conflicts += 1;
  }
  await store.close();
  process.stdout.write(JSON.stringify({ name: NAME, redeemed, conflicts }));
})().catch((error) => { console.error(error); process.exit(1); });
`;

function runChild(input: { file: string; name: string; increments: number; startAt: number }): Promise<ChildOutput> {
  const env = {
    ...process.env,
    SWC_CORE: require.resolve('@swc/core'),
    STORE_MODULE: path.resolve(__dirname, '../../src/store/index.ts'),
    FILE: input.file,
    NAME: input.name,
    INCREMENTS: String(input.increments),
    START_AT: String(input.startAt),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', childScript], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as ChildOutput);
      else reject(new Error(`child ${input.name} exited with ${String(code)}: ${stderr}`));
    });
  });
}
