import { invalidArgument, type Collection, type Filter } from '@ecticket/platform';

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

/**
 * One page of a list ordered by `sortKey`, newest first, resumed after the cursor: a keyset page,
 * stable while items are added. The cursor is opaque to callers.
 */
export async function newestFirstPage<T extends { readonly sortKey: string }>(collection: Collection<T & { readonly id: string }>, filter: Filter, page: PageRequest): Promise<Page<T>> {
  const limit = pageLimit(page.limit);
  const after = decodeCursor(page.cursor);
  const resume: Filter = after === null ? {} : { sortKey: { $lt: after } };
  const found = await collection.find({ ...filter, ...resume }, { sort: { sortKey: -1 }, limit: limit + 1 });
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
