import { invalidArgument } from '@ecticket/platform';

/**
 * A calendar day, `YYYY-MM-DD`, in Taiwan time (UTC+8, no daylight saving): the unit in which
 * usable-from and expiry dates are given, as on the reference API (yyyyMMdd).
 */
export type CalendarDate = string;

const TAIWAN_OFFSET = '+08:00';
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day (no 2026-02-30); `field` names it in the refusal. */
export function parseCalendarDate(value: string, field: string): CalendarDate {
  if (DATE_PATTERN.test(value)) {
    const start = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(start.getTime()) && start.toISOString().startsWith(value)) return value;
  }
  throw invalidArgument('INVALID_DATE', `${field} must be a calendar day, YYYY-MM-DD.`, { field });
}

/** `''` is "none"; anything else must be a calendar day. */
export function optionalCalendarDate(value: string, field: string): CalendarDate | null {
  return value === '' ? null : parseCalendarDate(value, field);
}

/** The first instant of the day in Taiwan. */
export function startOfDay(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00${TAIWAN_OFFSET}`);
}

/** The first instant after the whole of the day: when something usable "through" it stops being so. */
export function endOfDay(date: CalendarDate): Date {
  return new Date(startOfDay(date).getTime() + DAY_MS);
}

/** The Taiwan calendar day an instant falls on. */
export function calendarDateOf(instant: Date): CalendarDate {
  return new Date(instant.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysLater(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}
