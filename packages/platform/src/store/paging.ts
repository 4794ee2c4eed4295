import { invalidArgument } from '../errors';
import type { Collection, Filter, RangeCondition } from './port';

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

/**
 * Bounds on the sort key, `[from, to)`: sort keys that start with an ISO instant (`at|id`) make
 * this a time range the same index answers.
 */
export interface SortKeyRange {
  readonly from?: string | null;
  readonly to?: string | null;
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
  range: SortKeyRange = {},
): Promise<Page<T>> {
  const limit = pageLimit(page.limit);
  const after = decodeCursor(page.cursor);
  const direction = order === 'oldest_first' ? 1 : -1;
  const bounds: RangeCondition = {
    ...(range.from ? { $gte: range.from } : {}),
    ...(range.to ? { $lt: range.to } : {}),
    ...(after === null ? {} : direction === 1 ? { $gt: after } : { $lt: lowest(after, range.to) }),
  };
  const sortKeyCondition: Filter = Object.keys(bounds).length === 0 ? {} : { sortKey: bounds };
  const found = await collection.find({ ...filter, ...sortKeyCondition }, { sort: { sortKey: direction }, limit: limit + 1 });
  const items = found.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: found.length > limit && last ? encodeCursor(last.sortKey) : '' };
}

function lowest(key: string, bound: string | null | undefined): string {
  return bound && bound < key ? bound : key;
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
