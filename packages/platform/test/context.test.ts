import { newId } from '../src/context';

describe('newId', () => {
  test('makes RFC 9562 version-7 UUIDs, all different, that sort in the order they were made across milliseconds', async () => {
    const first = Array.from({ length: 5000 }, () => newId());
    const startedAt = Date.now();
    while (Date.now() === startedAt) await new Promise((resolve) => setImmediate(resolve));
    const later = newId();

    for (const id of [...first, later]) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(first).size).toBe(first.length);
    expect(first.every((id) => id < later)).toBe(true);
    const millisecondsOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(Math.abs(millisecondsOf(later) - Date.now())).toBeLessThan(60_000);
  });
});
