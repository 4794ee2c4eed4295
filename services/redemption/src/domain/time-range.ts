import { invalidArgument } from '@ecticket/platform';

/** [from, to) as UTC ISO instants; null: open on that side. */
export interface TimeRange {
  readonly from: string | null;
  readonly to: string | null;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A report's date range filter (R21); instants with any offset, '' for open. */
export function timeRangeOf(from: string, to: string): TimeRange {
  const range = { from: instantOrNull(from, 'from'), to: instantOrNull(to, 'to') };
  if (range.from !== null && range.to !== null && range.from >= range.to) {
    throw invalidArgument('INVALID_TIME_RANGE', '`from` must be before `to`.');
  }
  return range;
}

function instantOrNull(value: string, field: string): string | null {
  if (value === '') return null;
  const instant = new Date(value);
  if (!INSTANT.test(value) || Number.isNaN(instant.getTime())) {
    throw invalidArgument('INVALID_TIMESTAMP', `${field} must be an ISO-8601 instant with its offset, e.g. 2026-03-01T00:00:00+08:00.`, { field });
  }
  return instant.toISOString();
}
