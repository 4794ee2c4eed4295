import { invalidArgument } from '../errors';
import type { Collection, Filter } from './port';

export interface PageRequest {
  /** 0: the default. */
  readonly limit: number;
  readonly cursor: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Empty on the last page. */
  readonly nextCursor: string;
}

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;

/**
 * One page of a list ordered by `sortKey` (oldest first, or newest first), resumed after the
 * cursor: a keyset page, stable while items are added. The cursor is opaque to callers.
 */
export async function findPage<T extends { readonly id: string; readonly sortKey: string }>(
  collection: Collection<T>,
  filter: Filter,
  page: PageRequest,
  order: 'oldest_first' | 'newest_first' = 'oldest_first',
): Promise<Page<T>> {
  const limit = pageLimit(page.limit);
  const after = decodeCursor(page.cursor);
  const direction = order === 'oldest_first' ? 1 : -1;
  const resume: Filter = after === null ? {} : { sortKey: direction === 1 ? { $gt: after } : { $lt: after } };
  const found = await collection.find({ ...filter, ...resume }, { sort: { sortKey: direction }, limit: limit + 1 });
  const items = found.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: found.length > limit && last ? encodeCursor(last.sortKey) : '' };
}

function pageLimit(limit: number): number {
  if (limit === 0) return DEFAULT_PAGE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
    throw invalidArgument('INVALID_PAGE_LIMIT', `A page holds 1–${MAX_PAGE_LIMIT} items.`, { max: MAX_PAGE_LIMIT });
  }
  return limit;
}

function encodeCursor(sortKey: string): string {
  return Buffer.from(JSON.stringify({ after: sortKey }), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string | null {
  if (cursor === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'after' in parsed && typeof parsed.after === 'string') return parsed.after;
  } catch {
    // falls through to the refusal
  }
  throw invalidArgument('INVALID_CURSOR', 'The page cursor is not one this list returned.');
}

export function mapPage<T, U>(page: Page<T>, map: (item: T) => U): Page<U> {
  return { items: page.items.map(map), nextCursor: page.nextCursor };
}
