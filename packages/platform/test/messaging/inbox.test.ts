import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { consumeOnce, defineEventContract, inboxCollection, parseEvent } from '../../src/messaging/inbox';
import { defineCollection, insertOperation, updateOperation, type CollectionSpec, type Store, type StoredDocument } from '../../src/store/port';
import { openStore, tempDirectory, testEvent, type TempDirectory } from './support';

const ledger = defineCollection<{ id: string; eventId: string; amount: number }>('ledger');
const balances = defineCollection<{ id: string; total: number }>('balances');

describe('consumeOnce', () => {
  let directory: TempDirectory;
  let stores: Store[];

  beforeEach(async () => {
    directory = tempDirectory();
    stores = [openStore(directory.file('settlement.sqlite')), openStore(directory.file('settlement.sqlite'))];
    await stores[0]!.ensureCollections([ledger, balances, inboxCollection] as CollectionSpec<StoredDocument>[]);
    await stores[0]!.collection(balances).insert({ id: 'merchant-1', total: 0 });
  });

  afterEach(async () => {
    for (const store of stores) await store.close();
    directory.remove();
  });

  const capture = (eventId: string) => [
    insertOperation(ledger, { id: randomUUID(), eventId, amount: 100 }),
    updateOperation(balances, { id: 'merchant-1' }, { $inc: { total: 100 } }),
  ];

  it('applies the effect with its inbox row, then skips the same event', async () => {
    const [store] = stores as [Store];
    const event = testEvent('payment.captured');
    await expect(consumeOnce(store, 'settlement', event, () => capture(event.id))).resolves.toBe('applied');
    await expect(consumeOnce(store, 'settlement', event, () => capture(event.id))).resolves.toBe('duplicate');
    expect(await store.collection(ledger).count({ eventId: event.id })).toBe(1);
    expect(await store.collection(balances).get('merchant-1')).toMatchObject({ total: 100 });
    expect(await store.collection(inboxCollection).findOne({ consumer: 'settlement', eventId: event.id })).toMatchObject({ eventType: 'payment.captured' });
  });

  it('lets exactly one of two concurrent deliveries (two store connections) apply the effect', async () => {
    const event = testEvent('payment.captured');
    const outcomes = await Promise.all(stores.map((store) => consumeOnce(store, 'settlement', event, async () => capture(event.id))));
    expect(outcomes.sort()).toEqual(['applied', 'duplicate']);
    expect(await stores[0]!.collection(ledger).count({})).toBe(1);
    expect(await stores[0]!.collection(balances).get('merchant-1')).toMatchObject({ total: 100 });
  });

  it('keeps consumers apart: another consumer applies the same event too', async () => {
    const [store] = stores as [Store];
    const event = testEvent('payment.captured');
    await consumeOnce(store, 'settlement', event, () => []);
    await expect(consumeOnce(store, 'notification', event, () => [])).resolves.toBe('applied');
  });

  it('rethrows a failed effect and records nothing, so the bus retries it', async () => {
    const [store] = stores as [Store];
    const event = testEvent('payment.captured');
    const failing = [updateOperation(balances, { id: 'merchant-404' }, { $inc: { total: 1 } })];
    await expect(consumeOnce(store, 'settlement', event, () => failing)).rejects.toMatchObject({ code: 'WRITE_CONFLICT' });
    expect(await store.collection(inboxCollection).count({})).toBe(0);
  });
});

describe('parseEvent', () => {
  const ticketRedeemed = defineEventContract('ticket.redeemed', 1, z.object({ ticketId: z.string(), branchId: z.string() }));

  it('returns the envelope with its data typed by the contract', () => {
    const envelope = testEvent('ticket.redeemed', { ticketId: 't-1', branchId: 'b-1' });
    const parsed = parseEvent(ticketRedeemed, envelope);
    expect(parsed.data.ticketId).toBe('t-1');
  });

  it('throws a clear EVENT_PAYLOAD_INVALID error naming the bad fields', () => {
    const envelope = testEvent('ticket.redeemed', { ticketId: 42 });
    expect(() => parseEvent(ticketRedeemed, envelope)).toThrow(
      expect.objectContaining({ code: 'EVENT_PAYLOAD_INVALID', message: expect.stringMatching(/ticket\.redeemed\.v1.*ticketId.*branchId/) }),
    );
  });

  it('refuses an envelope of another type or version', () => {
    expect(() => parseEvent(ticketRedeemed, testEvent('ticket.returned', { ticketId: 't', branchId: 'b' }))).toThrow(
      expect.objectContaining({ code: 'EVENT_TYPE_MISMATCH' }),
    );
  });
});
