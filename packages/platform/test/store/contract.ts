import { AppError } from '../../src/errors';
import {
  DuplicateKeyError,
  WriteConflictError,
  defineCollection,
  insertOperation,
  updateOperation,
  type CollectionSpec,
  type Filter,
  type Scalar,
  type Store,
  type StoredDocument,
} from '../../src/store';

/**
 * The behaviour every Store adapter must share. `makeStore` opens a Store on the current test's
 * data: called twice within one test it must open a second, independent instance over the same
 * data (same SQLite file, same MongoDB database); the runner gives each test fresh data.
 */
export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(name, () => {
    let opened: Store[] = [];

    async function open(): Promise<Store> {
      const store = await makeStore();
      opened.push(store);
      await store.ensureCollections(allCollections);
      return store;
    }

    afterEach(async () => {
      const stores = opened;
      opened = [];
      await Promise.allSettled(stores.map((store) => store.close()));
    });

    describe('insert, get and find', () => {
      test('insert returns the document and get reads it back without store-internal fields', async () => {
        const store = await open();
        const inserted = await store.collection(tickets).insert(seed[0]!);
        expect(inserted).toEqual(seed[0]);
        const read = await store.collection(tickets).get('t1');
        expect(read).toEqual(seed[0]);
        expect(read).not.toHaveProperty('_id');
        expect(read).not.toHaveProperty('__v');
        expect(await store.collection(tickets).get('nope')).toBeNull();
      });

      test('find and count without a filter see every document', async () => {
        const store = await seeded(open);
        expect(ids(await store.collection(tickets).find({}))).toEqual(['t1', 't2', 't3', 't4', 't5']);
        expect(await store.collection(tickets).count({})).toBe(5);
        expect(await store.collection(tickets).count({ eventId: 'e1' })).toBe(3);
      });

      test('sort, limit and skip', async () => {
        const store = await seeded(open);
        const collection = store.collection(tickets);
        expect(orderedIds(await collection.find({}, { sort: { price: 1 } }))).toEqual(['t5', 't1', 't4', 't2', 't3']);
        expect(orderedIds(await collection.find({}, { sort: { price: -1 }, limit: 2 }))).toEqual(['t3', 't2']);
        expect(orderedIds(await collection.find({}, { sort: { price: 1 }, skip: 3 }))).toEqual(['t2', 't3']);
        expect(orderedIds(await collection.find({}, { sort: { price: 1 }, skip: 1, limit: 2 }))).toEqual(['t1', 't4']);
        expect(orderedIds(await collection.find({}, { sort: { eventId: -1, seat: 1 } }))).toEqual(['t4', 't5', 't1', 't2', 't3']);
        expect(orderedIds(await collection.find({}, { sort: { 'holder.email': 1, id: -1 }, limit: 3 }))).toEqual(['t3', 't4', 't1']);
        expect((await collection.findOne({ eventId: 'e1' }, { sort: { issuedAt: -1 } }))?.id).toBe('t3');
        expect(await collection.findOne({ eventId: 'nope' })).toBeNull();
      });
    });

    describe('filters', () => {
      const cases: ReadonlyArray<readonly [string, Filter, readonly string[]]> = [
        ['string equality', { status: 'unused' }, ['t1', 't3', 't5']],
        ['number equality', { price: 15 }, ['t4']],
        ['several fields (AND)', { eventId: 'e1', status: 'unused' }, ['t1', 't3']],
        ['nested dotted path', { 'holder.email': 'a@example.com' }, ['t1', 't4']],
        ['id', { id: 't2' }, ['t2']],
        ['boolean true', { vip: true }, ['t1', 't4']],
        ['boolean false', { vip: false }, ['t2', 't3']],
        ['true is not 1', { extra: true }, ['t1']],
        ['1 is not true', { extra: 1 }, ['t2']],
        ['false is not 0', { extra: false }, ['t4']],
        ['0 is not false', { extra: 0 }, ['t3']],
        ['a number does not equal its string', { seat: 1 }, []],
        ['null matches null and missing', { 'holder.name': null }, ['t2', 't3', 't4']],
        ['$exists true includes null values', { 'holder.name': { $exists: true } }, ['t1', 't2', 't5']],
        ['$exists false', { 'holder.name': { $exists: false } }, ['t3', 't4']],
        ['$exists on an object', { holder: { $exists: false } }, ['t3']],
        ['$ne null', { 'holder.name': { $ne: null } }, ['t1', 't5']],
        ['$ne matches missing', { 'holder.name': { $ne: 'Ann' } }, ['t2', 't3', 't4', 't5']],
        ['$ne boolean matches missing', { vip: { $ne: true } }, ['t2', 't3', 't5']],
        ['$ne number leaves booleans', { extra: { $ne: 1 } }, ['t1', 't3', 't4', 't5']],
        ['$in strings', { status: { $in: ['redeemed', 'void'] } }, ['t2', 't4']],
        ['$in ids', { id: { $in: ['t1', 't5', 'zz'] } }, ['t1', 't5']],
        ['$in numbers', { price: { $in: [5, 30] } }, ['t3', 't5']],
        ['$in with null', { 'holder.name': { $in: ['Ann', null] } }, ['t1', 't2', 't3', 't4']],
        ['$in mixed types', { extra: { $in: [1, 'yes'] } }, ['t2', 't5']],
        ['$in boolean', { extra: { $in: [false] } }, ['t4']],
        ['$in empty', { status: { $in: [] } }, []],
        ['$lt', { price: { $lt: 15 } }, ['t1', 't5']],
        ['$lte', { price: { $lte: 15 } }, ['t1', 't4', 't5']],
        ['$gt', { price: { $gt: 15 } }, ['t2', 't3']],
        ['$gte', { price: { $gte: 15 } }, ['t2', 't3', 't4']],
        ['$gte with $lt', { price: { $gte: 10, $lt: 30 } }, ['t1', 't2', 't4']],
        ['ISO date range', { issuedAt: { $gte: '2026-01-02T00:00:00.000Z', $lt: '2026-01-04T00:00:00.000Z' } }, ['t2', 't3']],
        ['a number range skips booleans and strings', { extra: { $gte: 0 } }, ['t2', 't3']],
        ['a string range skips numbers and booleans', { extra: { $lt: 'zzz' } }, ['t5']],
        ['range on a nested path', { 'holder.email': { $gt: 'a@example.com' } }, ['t2', 't5']],
      ];

      test.each(cases)('%s', async (_label, filter, expected) => {
        const store = await seeded(open);
        expect(ids(await store.collection(tickets).find(filter))).toEqual([...expected].sort());
        expect(await store.collection(tickets).count(filter)).toBe(expected.length);
      });
    });

    describe('unique indexes', () => {
      test('a taken compound unique key raises a typed DuplicateKeyError naming its fields', async () => {
        const store = await seeded(open);
        const error = await store
          .collection(tickets)
          .insert(ticket({ id: 't9', eventId: 'e1', seat: 'A1', code: 'c9' }))
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(DuplicateKeyError);
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ category: 'conflict', code: 'DUPLICATE_KEY', collectionName: 'tickets', fields: ['eventId', 'seat'] });
        expect(await store.collection(tickets).count({})).toBe(5);
      });

      test('only the whole compound key must be unique', async () => {
        const store = await seeded(open);
        await store.collection(tickets).insert(ticket({ id: 't9', eventId: 'e2', seat: 'A2', code: 'c9' }));
        expect(await store.collection(tickets).count({ seat: 'A2' })).toBe(2);
      });

      test('a taken single-field unique key', async () => {
        const store = await seeded(open);
        await expect(store.collection(tickets).insert(ticket({ id: 't9', seat: 'Z9', code: 'c3' }))).rejects.toMatchObject({
          fields: ['code'],
        });
      });

      test('a taken id', async () => {
        const store = await seeded(open);
        const error = await store
          .collection(tickets)
          .insert(ticket({ id: 't1', seat: 'Z9', code: 'c9' }))
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(DuplicateKeyError);
        expect(error).toMatchObject({ fields: ['id'] });
      });

      test('an update onto a taken key raises DuplicateKeyError and changes nothing', async () => {
        const store = await seeded(open);
        const collection = store.collection(tickets);
        await expect(collection.updateOne({ id: 't2' }, { $set: { code: 'c1' } })).rejects.toBeInstanceOf(DuplicateKeyError);
        expect((await collection.get('t2'))?.code).toBe('c2');
      });
    });

    describe('updates', () => {
      test('updateOne returns the document as it is after the update, and null when nothing matches', async () => {
        const store = await seeded(open);
        const collection = store.collection(tickets);
        const updated = await collection.updateOne({ id: 't1', status: 'unused' }, { $set: { status: 'redeemed' } });
        expect(updated).toEqual({ ...seed[0], status: 'redeemed' });
        expect(await collection.get('t1')).toEqual(updated);
        expect(await collection.updateOne({ id: 't1', status: 'unused' }, { $set: { status: 'void' } })).toBeNull();
        expect(await collection.updateOne({ id: 'nope' }, { $set: { status: 'void' } })).toBeNull();
        expect((await collection.get('t1'))?.status).toBe('redeemed');
        expect(await collection.get('t2')).toEqual(seed[1]);
      });

      test('top-level $set and $inc: every JSON type, a missing field counted from 0, only the first match updated', async () => {
        const store = await seeded(open);
        const collection = store.collection(tickets);
        const updated = await collection.updateOne(
          { id: 't3' },
          { $set: { status: 'redeemed', vip: true, extra: null, holder: { email: 'c@example.com', name: null }, tags: ['x'] }, $inc: { version: 2, visits: 1 } },
        );
        expect(updated).toEqual({ ...seed[2], status: 'redeemed', vip: true, extra: null, holder: { email: 'c@example.com', name: null }, tags: ['x'], version: 2, visits: 1 });
        expect(await collection.get('t3')).toEqual(updated);
        expect(await collection.updateOne({ id: 't1' }, { $inc: { price: 1 } })).toMatchObject({ price: 11 });
        expect(await collection.updateOne({ id: 't1', status: 'void' }, { $inc: { version: 1 } })).toBeNull();

        expect(await collection.updateOne({ eventId: 'e2' }, { $inc: { version: 5 } })).toMatchObject({ eventId: 'e2', version: 5 });
        expect((await collection.find({ eventId: 'e2' })).map((ticket) => ticket.version).sort()).toEqual([0, 5]);
      });

      test('$inc of a field that is not a number is refused and changes nothing', async () => {
        const store = await seeded(open);
        const collection = store.collection(tickets);
        await expect(collection.updateOne({ id: 't1' }, { $set: { status: 'void' }, $inc: { code: 1 } })).rejects.toThrow();
        expect(await collection.get('t1')).toEqual(seed[0]);
      });

      test('$set, $inc, $unset and $push on nested paths', async () => {
        const store = await seeded(open);
        const updated = await store.collection(tickets).updateOne(
          { id: 't1' },
          {
            $set: { 'holder.name': 'Anna', 'meta.source.channel': 'web' },
            $inc: { price: 2.5, version: 1, 'stats.scans': 3 },
            $unset: ['holder.email', 'note', 'missing.path'],
            $push: { tags: 'late', 'meta.log': { at: '2026-02-01T00:00:00.000Z' } },
          },
        );
        expect(updated).toEqual({
          ...withoutKey(seed[0]!, 'note'),
          holder: { name: 'Anna' },
          price: 12.5,
          version: 1,
          stats: { scans: 3 },
          tags: ['vip', 'late'],
          meta: { source: { channel: 'web' }, log: [{ at: '2026-02-01T00:00:00.000Z' }] },
        });
        expect(await store.collection(tickets).get('t1')).toEqual(updated);
      });

      test('updateMany $set stores every JSON type as insert would, and a unique clash changes nothing', async () => {
        const store = await seeded(open);
        const collection = store.collection(tickets);
        const set = { status: 'void', price: 7.5, vip: true, extra: false, note: null };
        // t2 taking t1's seat of the same event breaks (eventId, seat); a single document, so atomic on every adapter.
        await expect(collection.updateMany({ id: 't2' }, { $set: { ...set, seat: 'A1' } })).rejects.toBeInstanceOf(DuplicateKeyError);
        expect(await collection.get('t2')).toEqual(seed[1]);
        expect(await collection.updateMany({ id: { $in: ['t2', 'none'] } }, { $set: { ...set, seat: undefined, code: undefined } })).toBe(1);
        expect(await collection.get('t2')).toEqual({ ...seed[1], ...set, seat: null, code: null });
        expect(await collection.count({ vip: true, price: 7.5, extra: false, note: null })).toBe(1);
      });

      test('updateMany $inc adds to integers, reals and missing fields alike, and refuses a field that is not a number', async () => {
        const store = await seeded(open);
        const collection = store.collection(tickets);
        await collection.updateOne({ id: 't1' }, { $set: { price: 2.5 } });
        expect(await collection.updateMany({ eventId: 'e1' }, { $inc: { price: 1, visits: 2 } })).toBe(3);
        expect((await collection.find({ eventId: 'e1' }, { sort: { seat: 1 } })).map((ticket) => [ticket.price, (ticket as { visits?: number }).visits])).toEqual([
          [3.5, 2],
          [21, 2],
          [31, 2],
        ]);
        await expect(collection.updateMany({ eventId: 'e1' }, { $inc: { code: 1 } })).rejects.toThrow();
        expect((await collection.find({ eventId: 'e1' })).map((ticket) => ticket.code).sort()).toEqual(['c1', 'c2', 'c3']);
      });

      test('updateMany and deleteMany report how many documents they touched', async () => {
        const store = await seeded(open);
        const collection = store.collection(tickets);
        expect(await collection.updateMany({ eventId: 'e1' }, { $inc: { version: 1 } })).toBe(3);
        expect(await collection.count({ version: 1 })).toBe(3);
        expect(await collection.updateMany({ eventId: 'nope' }, { $inc: { version: 1 } })).toBe(0);
        expect(await collection.deleteMany({ status: 'unused', eventId: 'e1' })).toBe(2);
        expect(ids(await collection.find({}))).toEqual(['t2', 't4', 't5']);
      });
    });

    describe('concurrency', () => {
      const redeem = (store: Store, by: string) =>
        store.collection(tickets).updateOne({ id: 't1', status: 'unused' }, { $set: { status: 'redeemed', redeemedBy: by } });

      test('two concurrent conditional updates on one store: exactly one wins', async () => {
        const store = await seeded(open);
        const results = await Promise.all([redeem(store, 'a'), redeem(store, 'b')]);
        expectOneWinner(results, await store.collection(tickets).get('t1'));
      });

      test('two concurrent conditional updates from two store instances: exactly one wins', async () => {
        const first = await seeded(open);
        const second = await open();
        const results = await Promise.all([redeem(first, 'a'), redeem(second, 'b')]);
        expectOneWinner(results, await first.collection(tickets).get('t1'));
      });

      test('100 concurrent compare-and-set increments on a version field are all accounted for', async () => {
        const stores = [await open(), await open()];
        await stores[0]!.collection(counters).insert({ id: 'c', value: 0, version: 0 });
        const increment = async (store: Store): Promise<void> => {
          for (;;) {
            const current = await store.collection(counters).get('c');
            if (!current) throw new Error('counter vanished');
            const next = await store
              .collection(counters)
              .updateOne({ id: 'c', version: current.version }, { $set: { version: current.version + 1 }, $inc: { value: 1 } });
            if (next) return;
          }
        };
        await Promise.all(Array.from({ length: 100 }, (_, index) => increment(stores[index % 2]!)));
        expect(await stores[1]!.collection(counters).get('c')).toEqual({ id: 'c', value: 100, version: 100 });
      });
    });

    describe('atomic write', () => {
      const outboxEntry = (id: string): OutboxEntry => ({ id, topic: 'ticket.redeemed', payload: { ticketId: 't1' } });
      const redeemT1 = updateOperation(tickets, { id: 't1', status: 'unused' }, { $set: { status: 'redeemed' } });

      test('an insert and a required update land together', async () => {
        const store = await seeded(open);
        const results = await store.write([insertOperation(outbox, outboxEntry('o1')), redeemT1]);
        expect(results).toEqual([outboxEntry('o1'), { ...seed[0], status: 'redeemed' }]);
        expect(await store.collection(outbox).get('o1')).toEqual(outboxEntry('o1'));
        expect((await store.collection(tickets).get('t1'))?.status).toBe('redeemed');
      });

      test('a required update that matches nothing abandons the whole write', async () => {
        const store = await seeded(open);
        await store.write([redeemT1]);
        const error = await store.write([insertOperation(outbox, outboxEntry('o2')), redeemT1]).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(WriteConflictError);
        expect(error).toMatchObject({ category: 'conflict', collectionName: 'tickets' });
        expect(await store.collection(outbox).count({})).toBe(0);
      });

      test('a duplicate insert rolls back the operations before it', async () => {
        const store = await seeded(open);
        await store.collection(outbox).insert(outboxEntry('o1'));
        const write = store.write([insertOperation(outbox, outboxEntry('o2')), redeemT1, insertOperation(outbox, outboxEntry('o1'))]);
        await expect(write).rejects.toBeInstanceOf(DuplicateKeyError);
        expect(ids(await store.collection(outbox).find({}))).toEqual(['o1']);
        expect((await store.collection(tickets).get('t1'))?.status).toBe('unused');
      });

      test('an optional update that matches nothing yields null and the rest lands', async () => {
        const store = await seeded(open);
        const optional = updateOperation(tickets, { id: 'nope' }, { $set: { status: 'void' } }, false);
        expect(await store.write([optional, insertOperation(outbox, outboxEntry('o1'))])).toEqual([null, outboxEntry('o1')]);
        expect(await store.collection(outbox).count({})).toBe(1);
      });
    });

    describe('lifecycle', () => {
      test('ensureCollections is idempotent and keeps the data', async () => {
        const store = await seeded(open);
        await store.ensureCollections(allCollections);
        await store.ensureCollections(allCollections);
        expect(await store.collection(tickets).count({})).toBe(5);
        await expect(store.collection(tickets).insert(ticket({ id: 't9', eventId: 'e1', seat: 'A1', code: 'c9' }))).rejects.toBeInstanceOf(
          DuplicateKeyError,
        );
      });

      test('data survives close and reopen', async () => {
        const store = await seeded(open);
        await store.collection(tickets).updateOne({ id: 't3' }, { $set: { status: 'void' } });
        await store.close();
        const reopened = await open();
        await reopened.ping();
        expect(await reopened.collection(tickets).count({})).toBe(5);
        expect((await reopened.collection(tickets).get('t3'))?.status).toBe('void');
      });
    });
  });
}

interface Ticket extends StoredDocument {
  eventId: string;
  seat: string;
  code: string;
  status: 'unused' | 'redeemed' | 'void';
  price: number;
  issuedAt: string;
  version: number;
  vip?: boolean;
  extra?: Scalar;
  holder?: { email?: string; name?: string | null };
  note?: string | null;
  tags?: string[];
  redeemedBy?: string;
}

interface Counter extends StoredDocument {
  value: number;
  version: number;
}

interface OutboxEntry extends StoredDocument {
  topic: string;
  payload: { ticketId: string };
}

const tickets = defineCollection<Ticket>('tickets', [
  { fields: ['eventId', 'seat'], unique: true },
  { fields: ['code'], unique: true },
  { fields: ['holder.email'] },
  { fields: ['status', 'issuedAt'] },
]);
const counters = defineCollection<Counter>('counters');
const outbox = defineCollection<OutboxEntry>('outbox', [{ fields: ['topic'] }]);
const allCollections = [tickets, counters, outbox] as CollectionSpec<StoredDocument>[];

function ticket(fields: Partial<Ticket> & Pick<Ticket, 'id'>): Ticket {
  return { eventId: 'e9', seat: 'S1', code: `code-${fields.id}`, status: 'unused', price: 1, issuedAt: '2026-01-09T00:00:00.000Z', version: 0, ...fields };
}

const seed: readonly Ticket[] = [
  ticket({ id: 't1', eventId: 'e1', seat: 'A1', code: 'c1', price: 10, vip: true, extra: true, issuedAt: '2026-01-01T00:00:00.000Z', holder: { email: 'a@example.com', name: 'Ann' }, note: 'front row', tags: ['vip'] }),
  ticket({ id: 't2', eventId: 'e1', seat: 'A2', code: 'c2', price: 20, vip: false, extra: 1, issuedAt: '2026-01-02T00:00:00.000Z', status: 'redeemed', holder: { email: 'b@example.com', name: null } }),
  ticket({ id: 't3', eventId: 'e1', seat: 'A3', code: 'c3', price: 30, vip: false, extra: 0, issuedAt: '2026-01-03T00:00:00.000Z', note: null }),
  ticket({ id: 't4', eventId: 'e2', seat: 'A1', code: 'c4', price: 15, vip: true, extra: false, issuedAt: '2026-01-04T00:00:00.000Z', status: 'void', holder: { email: 'a@example.com' } }),
  ticket({ id: 't5', eventId: 'e2', seat: 'B1', code: 'c5', price: 5, extra: 'yes', issuedAt: '2026-01-05T00:00:00.000Z', holder: { email: 'e@example.com', name: 'Eve' } }),
];

async function seeded(open: () => Promise<Store>): Promise<Store> {
  const store = await open();
  // Inserted out of order so that a test relying on insertion order would notice.
  for (const index of [2, 0, 4, 1, 3]) await store.collection(tickets).insert(seed[index]!);
  return store;
}

function ids(documents: readonly StoredDocument[]): string[] {
  return documents.map((document) => document.id).sort();
}

function orderedIds(documents: readonly StoredDocument[]): string[] {
  return documents.map((document) => document.id);
}

function expectOneWinner(results: ReadonlyArray<Ticket | null>, final: Ticket | null): void {
  const winners = results.filter((result): result is Ticket => result !== null);
  expect(winners).toHaveLength(1);
  expect(winners[0]?.status).toBe('redeemed');
  expect(final).toEqual(winners[0]);
}

function withoutKey<T extends object>(value: T, key: keyof T): Partial<T> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}
