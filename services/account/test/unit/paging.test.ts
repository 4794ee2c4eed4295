import { createSqliteStore, defineCollection, type Store } from '@ecticket/platform';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPage } from '../../src/application/paging';

interface Row {
  readonly id: string;
  readonly sortKey: string;
  readonly group: string;
}
const rows = defineCollection<Row>('rows', [{ fields: ['group', 'sortKey'] }]);

describe('pages', () => {
  let dir: string;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'account-paging-'));
    store = createSqliteStore({ file: path.join(dir, 'paging.sqlite') });
    await store.ensureCollections([rows]);
    for (let index = 0; index < 7; index += 1) {
      await store.collection(rows).insert({ id: `r${index}`, sortKey: `k${index}`, group: index % 2 === 0 ? 'even' : 'odd' });
    }
  });

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('walks a list with opaque cursors, oldest or newest first', async () => {
    const collection = store.collection(rows);
    const first = await findPage(collection, {}, { limit: 3, cursor: '' });
    const second = await findPage(collection, {}, { limit: 3, cursor: first.nextCursor });
    const third = await findPage(collection, {}, { limit: 3, cursor: second.nextCursor });
    expect([...first.items, ...second.items, ...third.items].map((row) => row.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(third.nextCursor).toBe('');
    const newest = await findPage(collection, { group: 'even' }, { limit: 2, cursor: '' }, 'newest_first');
    expect(newest.items.map((row) => row.id)).toEqual(['r6', 'r4']);
  });

  it('refuses limits outside 1..200 and cursors it did not make', async () => {
    const collection = store.collection(rows);
    await expect(findPage(collection, {}, { limit: 201, cursor: '' })).rejects.toMatchObject({ code: 'INVALID_PAGE_LIMIT' });
    await expect(findPage(collection, {}, { limit: -1, cursor: '' })).rejects.toMatchObject({ code: 'INVALID_PAGE_LIMIT' });
    await expect(findPage(collection, {}, { limit: 10, cursor: 'garbage!' })).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
    expect((await findPage(collection, {}, { limit: 0, cursor: '' })).items).toHaveLength(7);
  });
});
