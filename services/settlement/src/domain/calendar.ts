import { invalidArgument } from '@ecticket/platform';

/**
 * A calendar day, `YYYY-MM-DD`, in Taiwan time (UTC+8, no daylight saving): the unit of payout
 * dates, bank-sync days and report ranges.
 */
export type CalendarDate = string;

const TAIWAN_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A real calendar day (no 2026-02-30); `field` names it in the refusal. */
export function parseCalendarDate(value: string, field: string): CalendarDate {
  if (DATE_PATTERN.test(value)) {
    const start = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(start.getTime()) && start.toISOString().startsWith(value)) return value;
  }
  throw invalidArgument('INVALID_DATE', `${field} must be a calendar day, YYYY-MM-DD.`, { field });
}

/** The Taiwan calendar day an instant falls on. */
export function taiwanDateOf(instant: Date): CalendarDate {
  return new Date(instant.getTime() + TAIWAN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The first instant of the day in Taiwan. */
function startOfDate(date: CalendarDate): Date {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() - TAIWAN_OFFSET_MS);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((new Date(`${to}T00:00:00Z`).getTime() - new Date(`${from}T00:00:00Z`).getTime()) / DAY_MS);
}

/** A wall-clock time `HH:MM` in Taiwan, as minutes after midnight. */
export type TimeOfDay = number;

export function parseTimeOfDay(value: string): TimeOfDay {
  const match = TIME_OF_DAY_PATTERN.exec(value);
  if (!match) throw new Error(`not a time of day (HH:MM): ${value}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The instant a Taiwan day reaches a wall-clock time. */
export function instantOn(date: CalendarDate, time: TimeOfDay): Date {
  return new Date(startOfDate(date).getTime() + time * 60 * 1000);
}

/** Where a range of whole days starts: the day's first instant, as an ISO string. */
export function dayStart(date: CalendarDate): string {
  return startOfDate(date).toISOString();
}

/** Where a range of whole days ending with this one stops: the next day's first instant. */
export function dayEnd(date: CalendarDate): string {
  return startOfDate(addDays(date, 1)).toISOString();
}

/** Optional inclusive bounds of a listing; refused when the end comes before the start. */
export function parseDateRange(fromDate: string, toDate: string): { readonly from: CalendarDate | null; readonly to: CalendarDate | null } {
  const from = fromDate === '' ? null : parseCalendarDate(fromDate, 'from_date');
  const to = toDate === '' ? null : parseCalendarDate(toDate, 'to_date');
  if (from !== null && to !== null && to < from) {
    throw invalidArgument('INVALID_DATE_RANGE', 'to_date must not come before from_date.', { fromDate, toDate });
  }
  return { from, to };
}
