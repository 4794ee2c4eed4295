import { z } from 'zod';
import { pageQuery, resourceId } from '../request-schemas';
import { ledgerAccount, usageKind } from './enums';

/**
 * Request shapes of the settlement API (see request-schemas.ts for the rules every one follows).
 * Ranges are of calendar days in Taiwan time, both days included; whether a day is real and the
 * range in order is the settlement service's to decide.
 */

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A day, YYYY-MM-DD, in Taiwan time (UTC+8).');

const dayRange = {
  from: calendarDate.optional().describe('From this day on; omitted: from the first.'),
  to: calendarDate.optional().describe('Up to and including this day; omitted: up to now.'),
};

export const listLedgerEntriesQuery = pageQuery.extend({
  ...dayRange,
  account: ledgerAccount.optional().describe('Only this account; omitted: every account.'),
});

export const listPayoutsQuery = pageQuery.extend(dayRange);

export const reconciliationQuery = z
  .object({
    from: calendarDate.describe('The first day of the export.'),
    to: calendarDate.describe('The last day of the export; a range covers at most 366 days.'),
  })
  .strict();

export const branchReportQuery = pageQuery.extend({
  ...dayRange,
  branchId: resourceId.optional().describe("Only this branch's records; a sub-account bound to a branch sees its own branch's only (R22.2)."),
  usage: usageKind.optional().describe('Only redemptions, or only returns; omitted: both.'),
});
