import { invalidArgument, type Collection, type Filter } from '@ecticket/platform';
import type { TimeRange } from '../domain/time-range';

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

const DEFAULT_PAGE_LIMIT = 50;
const MAX_PAGE_LIMIT = 200;

/** Above every sort key: they start with an ISO instant, i.e. a digit. */
const AFTER_EVERY_KEY = '\uffff';

/**
 * One page of records newest first, within a time range, resumed after the cursor: a keyset page
 * over `sortKey` (`at|id`), stable while records are added. The range and the cursor become one
 * condition on the sort key, so the index answers both.
 */
export async function findNewestFirst<T extends { readonly sortKey: string }>(
  collection: Collection<T & { readonly id: string }>,
  filter: Filter,
  range: TimeRange,
  page: PageRequest,
): Promise<Page<T>> {
  const limit = pageLimit(page.limit);
  const cursor = decodeCursor(page.cursor);
  const before = [range.to, cursor].reduce<string>((lowest, key) => (key !== null && key < lowest ? key : lowest), AFTER_EVERY_KEY);
  const found = await collection.find({ ...filter, sortKey: { $gte: range.from ?? '', $lt: before } }, { sort: { sortKey: -1 }, limit: limit + 1 });
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
  return Buffer.from(JSON.stringify({ before: sortKey }), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string | null {
  if (cursor === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'before' in parsed && typeof parsed.before === 'string') return parsed.before;
  } catch {
    // falls through to the refusal
  }
  throw invalidArgument('INVALID_CURSOR', 'The page cursor is not one this list returned.');
}
