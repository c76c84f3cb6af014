import { TZDate } from '@date-fns/tz';
import { addDays, addHours, differenceInYears, formatISO, isValid, parseISO } from 'date-fns';

// Calendar dates (YYYY-MM-DD), instants with an offset (receivedAt), the plan's time zone and the
// decision clock. Time zones and calendar arithmetic come from date-fns and @date-fns/tz, which
// read the runtime's time-zone database (Intl). Pure: "now" is always passed in.

/** The plan's own time zone: Louisiana. Due-by times and "today" are in it. */
export const PLAN_TIME_ZONE = 'America/Chicago';

/**
 * The years a date in a case file may fall in. A year before 1900 or after 2100 is a typing
 * slip (05/04/26 read as the year 0026 or 1926 gives an age of 2000 or a due-by a century ago),
 * never a member's birth, a request or a review.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// ISO 8601 / RFC 3339 date-time with an explicit offset (or Z): seconds and a fraction of up to
// nine digits optional, hours 00–23, offsets up to ±18:59 as JavaScript allows.
const ISO_DATE_TIME =
  /^(\d{4})-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:0\d|1[0-8]):[0-5]\d)$/;

function yearInRange(year: number): boolean {
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/**
 * What is wrong with a text that should be a date written YYYY-MM-DD, in words for the reader,
 * or undefined when it is a real date from 1900 to 2100. Never repeats the text.
 */
export function isoDateProblem(value: string): string | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return 'must be a date written YYYY-MM-DD';
  if (!isValid(parseISO(value))) return 'is not a real date';
  if (!yearInRange(Number(match[1]))) return yearProblem();
  return undefined;
}

/** What is wrong with a text that should be an ISO 8601 date-time with its offset, or undefined. */
export function isoDateTimeProblem(value: string): string | undefined {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return 'must be a date-time with its offset, such as 2026-11-24T09:30:00-06:00';
  if (!isValid(parseISO(value))) return 'is not a real date and time';
  if (!yearInRange(Number(match[1]))) return yearProblem();
  return undefined;
}

function yearProblem(): string {
  return `must be in the years ${EARLIEST_YEAR} to ${LATEST_YEAR} (the year written with four digits)`;
}

/** Whether a text is a real date written YYYY-MM-DD, in the years 1900 to 2100. */
export function isIsoDate(value: string): boolean {
  return isoDateProblem(value) === undefined;
}

/** Whether a text is a real ISO 8601 date-time with its offset, in the years 1900 to 2100. */
export function isIsoDateTime(value: string): boolean {
  return isoDateTimeProblem(value) === undefined;
}

/** Reads YYYY-MM-DD (a real date, 1900 to 2100) into its parts. */
export function parseIsoDate(value: string): CalendarDate | undefined {
  if (!isIsoDate(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Reads an ISO 8601 date-time with its offset to epoch milliseconds. */
export function parseIsoDateTime(value: string): number | undefined {
  return isIsoDateTime(value) ? parseISO(value).getTime() : undefined;
}

export function compareIsoDates(a: string, b: string): number {
  // YYYY-MM-DD compares correctly as text.
  return a < b ? -1 : a > b ? 1 : 0;
}

// A calendar date as midnight UTC: UTC has no change of clocks, so a whole day is always there.
function utcDay(date: CalendarDate): TZDate {
  return new TZDate(date.year, date.month - 1, date.day, 'UTC');
}

/**
 * Whole years of age on a date. The birthday itself counts: a member born 2005-03-10 is 21 on
 * 2026-03-10. A member born on 29 February turns a year older on 1 March in common years.
 */
export function ageOn(dateOfBirth: CalendarDate, on: CalendarDate): number {
  const birth = utcDay(dateOfBirth);
  const day = utcDay(on);
  // Not yet born on that date: no age (-1), not the 0 that differenceInYears gives.
  if (day < birth) return -1;
  return differenceInYears(day, birth);
}

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** What the zone's clocks read at an instant. */
export function wallTimeIn(ms: number, timeZone: string = PLAN_TIME_ZONE): WallTime {
  const t = new TZDate(ms, timeZone);
  return {
    year: t.getFullYear(),
    month: t.getMonth() + 1,
    day: t.getDate(),
    hour: t.getHours(),
    minute: t.getMinutes(),
    second: t.getSeconds(),
  };
}

/**
 * The instant at which the zone's clocks read a wall time. When the time happens twice (clocks
 * go back) it is the earlier one; when it never happens (clocks go forward) it is read with the
 * offset before the change, so 02:30 on 8 March 2026 in Chicago is 03:30 CDT (as `Date` and
 * Temporal's default do).
 */
export function instantOfWallTime(wall: WallTime, timeZone: string = PLAN_TIME_ZONE): number {
  // Set field by field: the Date constructor reads a year 0–99 as 1900–1999, which made a year
  // typed with two digits (0026) a date a century ago instead of one refused for its year.
  const t = new TZDate(0, timeZone);
  t.setFullYear(wall.year, wall.month - 1, wall.day);
  t.setHours(wall.hour, wall.minute, wall.second, 0);
  return t.getTime();
}

/** An instant written as local time in the zone, with that moment's offset: 2026-11-05T10:00:00-06:00. */
export function formatInZone(ms: number, timeZone: string = PLAN_TIME_ZONE): string {
  return formatISO(new TZDate(ms, timeZone));
}

/** Today's date in the plan's time zone, as YYYY-MM-DD. */
export function todayIso(nowMs: number, timeZone: string = PLAN_TIME_ZONE): string {
  return formatISO(new TZDate(nowMs, timeZone), { representation: 'date' });
}

export type Urgency = 'standard' | 'expedited';

export const TURNAROUND = {
  // Federal prior-authorization timeframes for Medicaid managed care (DESIGN.md).
  expedited: { hours: 72, label: '72 hours' },
  standard: { days: 7, label: '7 calendar days' },
} as const;

/**
 * When a decision is due. Expedited: 72 elapsed hours. Standard: the same clock time seven
 * calendar days later in the plan's time zone, so a change between daylight and standard time
 * moves the offset, not the wall-clock hour.
 */
export function dueBy(
  receivedAtMs: number,
  urgency: Urgency,
  timeZone: string = PLAN_TIME_ZONE,
): string {
  const received = new TZDate(receivedAtMs, timeZone);
  switch (urgency) {
    case 'expedited':
      return formatISO(addHours(received, TURNAROUND.expedited.hours));
    case 'standard':
      return formatISO(addDays(received, TURNAROUND.standard.days));
    default: {
      const unreachable: never = urgency;
      return unreachable;
    }
  }
}
