// Calendar dates (YYYY-MM-DD) and the decision clock. Pure: "now" is always passed in.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 date-time with an explicit offset (or Z), seconds and fraction optional.
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Parses YYYY-MM-DD, refusing dates that do not exist (2026-02-30). */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = DATE_RE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

/** Parses an ISO 8601 date-time with offset to epoch milliseconds, refusing impossible times. */
export function parseIsoDateTime(value: string): number | undefined {
  const match = DATE_TIME_RE.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const offsetHours = Number(oh);
    const offsetMins = Number(om);
    if (offsetHours > 18 || offsetMins > 59) return undefined;
    offsetMinutes = (offsetHours * 60 + offsetMins) * (zone?.startsWith('-') ? -1 : 1);
  }
  const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  // Date.UTC reads years 0–99 as 1900–1999; setting the year afterwards keeps it as written.
  const utc = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis));
  utc.setUTCFullYear(year);
  return utc.getTime() - offsetMinutes * 60_000;
}

export function isIsoDateTime(value: string): boolean {
  return parseIsoDateTime(value) !== undefined;
}

export function compareIsoDates(a: string, b: string): number {
  // YYYY-MM-DD compares correctly as text.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whole years of age on a date. The birthday itself counts: a member born 2005-03-10 is 21 on
 * 2026-03-10. A member born on 29 February turns a year older on 1 March in common years.
 */
export function ageOn(dateOfBirth: CalendarDate, on: CalendarDate): number {
  let age = on.year - dateOfBirth.year;
  if (on.month < dateOfBirth.month || (on.month === dateOfBirth.month && on.day < dateOfBirth.day)) {
    age -= 1;
  }
  return age;
}

/** The plan's own time zone: Louisiana. Due-by times are shown in it. */
export const PLAN_TIME_ZONE = 'America/Chicago';

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zoneFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallTimeIn(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of zoneFormatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at an instant (Chicago: -300 in summer, -360 in winter). */
function offsetMinutesAt(ms: number, timeZone: string): number {
  const wall = wallTimeIn(ms, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** An instant written as local time in the zone, with that moment's offset: 2026-11-05T10:00:00-06:00. */
export function formatInZone(ms: number, timeZone: string = PLAN_TIME_ZONE): string {
  const wall = wallTimeIn(ms, timeZone);
  const offset = offsetMinutesAt(ms, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * The instant at which the zone's clocks read a wall time. When the time happens twice (clocks
 * go back) it is the earlier one; when it never happens (clocks go forward) it is read with the
 * new offset, which falls before the gap (02:30 on 8 Mar 2026 in Chicago gives 01:30 CST). Either
 * way a deadline is never later than any reading of the wall time.
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Two passes settle the offset on either side of a change of clocks.
  let guess = asUtc - offsetMinutesAt(asUtc, timeZone) * 60_000;
  guess = asUtc - offsetMinutesAt(guess, timeZone) * 60_000;
  return guess;
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
export function dueBy(receivedAtMs: number, urgency: Urgency, timeZone: string = PLAN_TIME_ZONE): string {
  switch (urgency) {
    case 'expedited':
      return formatInZone(receivedAtMs + TURNAROUND.expedited.hours * 3_600_000, timeZone);
    case 'standard': {
      const wall = wallTimeIn(receivedAtMs, timeZone);
      const later = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + TURNAROUND.standard.days));
      const target: WallTime = {
        ...wall,
        year: later.getUTCFullYear(),
        month: later.getUTCMonth() + 1,
        day: later.getUTCDate(),
      };
      return formatInZone(instantOfWallTime(target, timeZone), timeZone);
    }
    default: {
      const unreachable: never = urgency;
      return unreachable;
    }
  }
}

/** Today's date in the plan's time zone, as YYYY-MM-DD. */
export function todayIso(nowMs: number, timeZone: string = PLAN_TIME_ZONE): string {
  const wall = wallTimeIn(nowMs, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}
