import { z } from 'zod';
import { pageQuery, resourceId, text } from '../request-schemas';

/**
 * Request shapes of the redemption and return API (see request-schemas.ts for the rules every one
 * follows). Shape and bounds are checked here; which ticket a reference names and whether it may
 * be used is the redemption service's to decide.
 */

// Ticket numbers and redemption codes are Crockford base 32 (no I, L, O, U), typed in any case,
// their groups optionally separated by single spaces or hyphens.
const base32 = '[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]';
const typedCode = (length: number) => new RegExp(`^${base32}([ -]?${base32}){${length - 1}}$`);

const redemptionCode = z
  .string()
  .regex(typedCode(18))
  .describe('The 18-character redemption code, as typed: any case, groups separated by spaces or hyphens. A bearer secret: it only ever travels in request bodies.');
const ticketNumber = z.string().regex(typedCode(16)).describe('The 16-character ticket number, as typed.');
const qrPayload = z
  .string()
  .max(256)
  .regex(/^[A-Za-z0-9._-]+$/)
  .describe("The text scanned from the ticket's QR code, `v1.<kid>.<ticket number>.<redemption code>.<signature>`.");
const reason = text(500).describe('Why, 1 to 500 characters.');
const instant = z.iso.datetime({ offset: true });

/** A body that offers exactly one of `fields` (R28: code or QR; R29: number or code). */
function withExactlyOneOf<Body extends z.ZodObject, Field extends keyof z.output<Body> & string>(body: Body, ...fields: Field[]) {
  return body.refine((value) => fields.filter((field) => value[field] !== undefined).length === 1, `give exactly one of ${fields.join(', ')}`);
}

export const redemptionIdParams = z.object({ redemptionId: resourceId });
export const returnIdParams = z.object({ returnId: resourceId });

export const redeemTicketBody = withExactlyOneOf(
  z.object({ redemptionCode: redemptionCode.optional(), qrPayload: qrPayload.optional() }).strict(),
  'redemptionCode',
  'qrPayload',
).describe('Exactly one of `redemptionCode` (typed in the back office) and `qrPayload` (scanned).');

export const returnTicketBody = withExactlyOneOf(
  z.object({ ticketNumber: ticketNumber.optional(), redemptionCode: redemptionCode.optional(), reason }).strict(),
  'ticketNumber',
  'redemptionCode',
).describe('Exactly one of `ticketNumber` and `redemptionCode`, and the reason.');

export const cancelBody = z.object({ reason }).strict();

export const ticketUsageLookupBody = withExactlyOneOf(
  z.object({ ticketId: resourceId.optional(), ticketNumber: ticketNumber.optional(), redemptionCode: redemptionCode.optional() }).strict(),
  'ticketId',
  'ticketNumber',
  'redemptionCode',
).describe('Exactly one of `ticketId`, `ticketNumber` and `redemptionCode`.');

export const listUsesQuery = pageQuery.extend({
  from: instant.optional().describe('Made at or after this instant, ISO-8601 with its offset, e.g. 2026-03-01T00:00:00+08:00.'),
  to: instant.optional().describe('Made before this instant; after `from`.'),
  branchId: resourceId.optional().describe("Only this branch's records."),
});
