import { z } from 'zod';

/**
 * Building blocks of request schemas. Every object is strict, query strings too, so a field the
 * caller may not set (`merchantId`, `role`, `state`) is refused rather than ignored (mass
 * assignment, OWASP API3); every string and array is bounded.
 */

export const resourceId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).describe('An id as the API answered it.');

// Written without \p{…} so the pattern in the OpenAPI document means the same in any regex dialect.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const printable = /^[^\u0000-\u001f\u007f-\u009f]*$/;
// eslint-disable-next-line no-control-regex -- as above, but line breaks are allowed
const printableLines = /^[^\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/;

/** A single-line text of 1 to `max` characters. */
export const text = (max: number) => z.string().min(1).max(max).regex(printable, 'must not contain control characters');
/** A patchable text: the empty string clears it. */
export const clearableText = (max: number) => z.string().max(max).regex(printable, 'must not contain control characters');
/** Up to `max` characters, line breaks allowed. */
export const multilineText = (max: number) => z.string().max(max).regex(printableLines, 'must not contain control characters other than line breaks');

export function distinct<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, 'must not repeat an item');
}

/** The query of a route that takes none: `?merchantId=` and the like are refused, not ignored. */
export const noQuery = z.object({}).strict();

export const pageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).optional().describe('Items per page, 1 to 200 (default 50).'),
    cursor: z.string().regex(/^[A-Za-z0-9_.:=+/-]{1,512}$/).optional().describe("The previous page's `nextCursor`."),
  })
  .strict();

/** A page query as the services' `Page` message. */
export function pageOf(query: { limit?: number | undefined; cursor?: string | undefined }): { limit: number; cursor: string } {
  return { limit: query.limit ?? 0, cursor: query.cursor ?? '' };
}
