import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createSqliteStore } from '../../src/store/sqlite';
import { defineCollection, type Store } from '../../src/store/port';
import { findPage, mapPage, MAX_PAGE_LIMIT } from '../../src/store/paging';

interface Item {
  readonly id: string;
  readonly merchantId: string;
  readonly sortKey: string;
}

const items = defineCollection<Item>('paged_items', [{ fields: ['merchantId', 'sortKey'] }]);

describe('keyset paging', () => {
  let store: Store;

  beforeAll(async () => {
    store = createSqliteStore({ file: path.join(os.tmpdir(), `paging-${randomUUID()}.sqlite`) });
    await store.ensureCollections([items]);
    for (let index = 0; index < 7; index += 1) {
      await store.collection(items).insert({ id: `i${index}`, merchantId: 'm1', sortKey: `2026-01-0${index + 1}|i${index}` });
    }
    await store.collection(items).insert({ id: 'other', merchantId: 'm2', sortKey: '2026-01-01|other' });
  });
  afterAll(() => store.close());

  async function walk(order: 'oldest_first' | 'newest_first'): Promise<string[][]> {
    const pages: string[][] = [];
    let cursor = '';
    do {
      const page = await findPage(store.collection(items), { merchantId: 'm1' }, { limit: 3, cursor }, order);
      pages.push(page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    return pages;
  }

  it('walks every item once, in order, within the filter', async () => {
    expect(await walk('oldest_first')).toEqual([['i0', 'i1', 'i2'], ['i3', 'i4', 'i5'], ['i6']]);
    expect(await walk('newest_first')).toEqual([['i6', 'i5', 'i4'], ['i3', 'i2', 'i1'], ['i0']]);
  });

  it('pages within a range of sort keys, in both orders', async () => {
    const range = { from: '2026-01-02', to: '2026-01-06' };
    const ids = async (order: 'oldest_first' | 'newest_first') => {
      const seen: string[] = [];
      let cursor = '';
      do {
        const page = await findPage(store.collection(items), { merchantId: 'm1' }, { limit: 2, cursor }, order, range);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await ids('oldest_first')).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect(await ids('newest_first')).toEqual(['i4', 'i3', 'i2', 'i1']);
  });

  it('uses the default page size for 0 and refuses sizes out of range or forged cursors', async () => {
    const all = await findPage(store.collection(items), { merchantId: 'm1' }, { limit: 0, cursor: '' });
    expect(all.items).toHaveLength(7);
    expect(all.nextCursor).toBe('');
    await expect(findPage(store.collection(items), {}, { limit: MAX_PAGE_LIMIT + 1, cursor: '' })).rejects.toMatchObject({ code: 'INVALID_PAGE_LIMIT' });
    await expect(findPage(store.collection(items), {}, { limit: 1, cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('maps a page without losing its cursor', async () => {
    const page = await findPage(store.collection(items), { merchantId: 'm1' }, { limit: 2, cursor: '' });
    expect(mapPage(page, (item) => item.id.toUpperCase())).toEqual({ items: ['I0', 'I1'], nextCursor: page.nextCursor });
  });
});
