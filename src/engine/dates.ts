// Calendar dates (YYYY-MM-DD) and the decision clock. Pure: "now" is always passed in.

// ISO 8601 date-time with an explicit offset (or Z), seconds and fraction optional: what
// parseIsoDateTime accepts is what this pattern matches (calendar.test.ts holds the two equal).
//   /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/

const DAY_MS = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

// Only called with a month in 1–12.
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The digit at a position of a string, or -1 when it is not an ASCII digit. */
function digitAt(value: string, at: number): number {
  const code = value.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Parses YYYY-MM-DD, refusing dates that do not exist (2026-02-30). */
export function parseIsoDate(value: string): CalendarDate | undefined {
  // What /^(\d{4})-(\d{2})-(\d{2})$/ matches, read character by character: this runs twice in
  // every determination.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45)
    return undefined;
  const y0 = digitAt(value, 0);
  const y1 = digitAt(value, 1);
  const y2 = digitAt(value, 2);
  const y3 = digitAt(value, 3);
  const m0 = digitAt(value, 5);
  const m1 = digitAt(value, 6);
  const d0 = digitAt(value, 8);
  const d1 = digitAt(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

/** The two-digit number at a position of a string, or -1 when it is not two ASCII digits. */
function twoDigitsAt(value: string, at: number): number {
  const tens = digitAt(value, at);
  const ones = digitAt(value, at + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Parses an ISO 8601 date-time with offset to epoch milliseconds, refusing impossible times. */
export function parseIsoDateTime(value: string): number | undefined {
  // What the pattern above matches, read character by character, without the array of groups and the
  // Date object: this runs in every determination that has a time received.
  const length = value.length;
  if (
    length < 17 ||
    value.charCodeAt(4) !== 45 || // -
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 || // T
    value.charCodeAt(13) !== 58 // :
  )
    return undefined;
  const y0 = digitAt(value, 0);
  const y1 = digitAt(value, 1);
  const y2 = digitAt(value, 2);
  const y3 = digitAt(value, 3);
  const month = twoDigitsAt(value, 5);
  const day = twoDigitsAt(value, 8);
  const hour = twoDigitsAt(value, 11);
  const minute = twoDigitsAt(value, 14);
  if ((y0 | y1 | y2 | y3 | month | day | hour | minute) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  let at = 16;
  let second = 0;
  let millis = 0;
  if (value.charCodeAt(at) === 58) {
    // :SS, then perhaps .F to .FFFFFFFFF
    second = twoDigitsAt(value, at + 1);
    if (second < 0) return undefined;
    at += 3;
    if (value.charCodeAt(at) === 46) {
      const from = at + 1;
      at = from;
      while (at < length && digitAt(value, at) >= 0) at += 1;
      if (at === from || at - from > 9) return undefined;
      millis = Math.floor(Number(`0.${value.slice(from, at)}`) * 1000);
    }
  }
  let offsetMinutes = 0;
  const zone = value.charCodeAt(at);
  if (zone === 90) {
    // Z
    if (at + 1 !== length) return undefined;
  } else if (zone === 43 || zone === 45) {
    // +HH:MM or -HH:MM
    if (at + 6 !== length || value.charCodeAt(at + 3) !== 58) return undefined;
    const offsetHours = twoDigitsAt(value, at + 1);
    const offsetMins = twoDigitsAt(value, at + 4);
    if (offsetHours < 0 || offsetMins < 0) return undefined;
    if (offsetHours > 18 || offsetMins > 59) return undefined;
    offsetMinutes = (offsetHours * 60 + offsetMins) * (zone === 45 ? -1 : 1);
  } else {
    return undefined;
  }
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const utc =
    daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  return utc - offsetMinutes * 60_000;
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
  if (
    on.month < dateOfBirth.month ||
    (on.month === dateOfBirth.month && on.day < dateOfBirth.day)
  ) {
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

/**
 * The wall time as the runtime's time-zone database gives it (Intl): the reference that the
 * faster table below is built from and tested against (zone-offset.test.ts).
 */
export function wallTimeViaIntl(ms: number, timeZone: string): WallTime {
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

/** Milliseconds the zone's clocks are ahead of UTC at an instant, read through Intl. */
function offsetMsViaIntl(ms: number, timeZone: string): number {
  const wall = wallTimeViaIntl(ms, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

// Formatting through Intl costs microseconds a call, and a due date took five. A zone's offset
// changes only at a few instants a year, so for each zone and UTC year those instants are found
// once (through Intl) and kept; any instant of that year then reads its offset from the table.
// Offsets are whole seconds and changes fall on whole seconds, so an offset found at a second
// holds for every millisecond of it. The table is used only for years 1900–2199, which Intl
// writes plainly (no eras) and Date.UTC reads as written; outside them Intl answers directly.

const FAST_FROM = Date.UTC(1900, 0, 1);
const FAST_UNTIL = Date.UTC(2200, 0, 1);

interface ZoneYear {
  readonly start: number;
  readonly end: number;
  /** Instants at which the offset changes, in order, within [start, end). */
  readonly changes: readonly number[];
  /** offsets[0] holds from start; offsets[i + 1] from changes[i]. Milliseconds ahead of UTC. */
  readonly offsets: readonly number[];
}

const zoneYears = new Map<string, Map<number, ZoneYear>>();
let lastZone = '';
let lastYear: ZoneYear | undefined;

// The first whole second in (from, to] at which the offset is `after`, given that it is not at
// `from` and is at `to`.
function changeBetween(from: number, to: number, after: number, timeZone: string): number {
  let lo = from / 1000; // offset differs from `after` here
  let hi = to / 1000; // offset is `after` here
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMsViaIntl(mid * 1000, timeZone) === after) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

// Samples the offset at every UTC midnight of the year and looks for the change between any two
// that differ. A zone that changed its clocks twice within one day would have one change missed;
// zone-offset.test.ts holds the table to Intl across zones and years.
function buildZoneYear(year: number, timeZone: string): ZoneYear {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const changes: number[] = [];
  const offsets: number[] = [offsetMsViaIntl(start, timeZone)];
  let previous = start;
  let previousOffset = offsets[0] as number;
  for (let at = start + DAY_MS; at <= end; at += DAY_MS) {
    const offset = offsetMsViaIntl(at, timeZone);
    if (offset !== previousOffset) {
      const change = changeBetween(previous, at, offset, timeZone);
      if (change < end) {
        changes.push(change);
        offsets.push(offset);
      }
    }
    previous = at;
    previousOffset = offset;
  }
  return { start, end, changes, offsets };
}

function zoneYearOf(ms: number, timeZone: string): ZoneYear {
  if (lastYear !== undefined && timeZone === lastZone && ms >= lastYear.start && ms < lastYear.end)
    return lastYear;
  let years = zoneYears.get(timeZone);
  if (!years) {
    years = new Map();
    zoneYears.set(timeZone, years);
  }
  const year = utcYearOf(ms);
  let table = years.get(year);
  if (!table) {
    table = buildZoneYear(year, timeZone);
    years.set(year, table);
  }
  lastZone = timeZone;
  lastYear = table;
  return table;
}

function offsetMsFromTable(ms: number, timeZone: string): number {
  const table = zoneYearOf(ms, timeZone);
  const { changes, offsets } = table;
  let i = 0;
  while (i < changes.length && ms >= (changes[i] as number)) i += 1;
  return offsets[i] as number;
}

/** Whether the table answers for an instant: a whole millisecond in 1900–2199. */
function inTable(ms: number): boolean {
  return ms >= FAST_FROM && ms < FAST_UNTIL && Number.isInteger(ms);
}

/** Milliseconds the zone is ahead of UTC at an instant: from the table where it applies, else Intl. */
function offsetMsAt(ms: number, timeZone: string): number {
  return inTable(ms) ? offsetMsFromTable(ms, timeZone) : offsetMsViaIntl(ms, timeZone);
}

// Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil, inverted); no Date object.
function utcYearOf(ms: number): number {
  return civilOf(Math.floor(ms / DAY_MS)).year;
}

function civilOf(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The UTC fields of an instant, as Date's getUTC… methods give them. */
function utcFieldsOf(ms: number): WallTime {
  const days = Math.floor(ms / DAY_MS);
  const { year, month, day } = civilOf(days);
  const secondsOfDay = Math.floor((ms - days * DAY_MS) / 1000);
  return {
    year,
    month,
    day,
    hour: Math.floor(secondsOfDay / 3600),
    minute: Math.floor(secondsOfDay / 60) % 60,
    second: secondsOfDay % 60,
  };
}

/** What the zone's clocks read at an instant; the same as wallTimeViaIntl, only faster. */
export function wallTimeIn(ms: number, timeZone: string): WallTime {
  if (!inTable(ms)) return wallTimeViaIntl(ms, timeZone);
  return utcFieldsOf(Math.floor(ms / 1000) * 1000 + offsetMsFromTable(ms, timeZone));
}

/** Minutes the zone is ahead of UTC at an instant (Chicago: -300 in summer, -360 in winter). */
function offsetMinutesAt(ms: number, timeZone: string): number {
  return Math.round(offsetMsAt(ms, timeZone) / 60_000);
}

// "00" to "99": a due date writes seven two-digit numbers.
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) =>
  String(n).padStart(2, '0'),
);

function pad(n: number, width = 2): string {
  if (width === 2 && n >= 0 && n < 100 && Number.isInteger(n)) return TWO_DIGITS[n] as string;
  return String(n).padStart(width, '0');
}

/** A calendar date written YYYY-MM-DD. */
function formatIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** An instant written as local time in the zone, with that moment's offset: 2026-11-05T10:00:00-06:00. */
export function formatInZone(ms: number, timeZone: string = PLAN_TIME_ZONE): string {
  const offsetMs = offsetMsAt(ms, timeZone);
  const wall = inTable(ms)
    ? utcFieldsOf(Math.floor(ms / 1000) * 1000 + offsetMs)
    : wallTimeViaIntl(ms, timeZone);
  const offset = Math.round(offsetMs / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${formatIsoDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
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
export function dueBy(
  receivedAtMs: number,
  urgency: Urgency,
  timeZone: string = PLAN_TIME_ZONE,
): string {
  switch (urgency) {
    case 'expedited':
      return formatInZone(receivedAtMs + TURNAROUND.expedited.hours * 3_600_000, timeZone);
    case 'standard': {
      const wall = wallTimeIn(receivedAtMs, timeZone);
      const later = utcFieldsOf(
        Date.UTC(wall.year, wall.month - 1, wall.day + TURNAROUND.standard.days),
      );
      const target: WallTime = { ...wall, year: later.year, month: later.month, day: later.day };
      return formatInZone(instantOfWallTime(target, timeZone), timeZone);
    }
    default: {
      const unreachable: never = urgency;
      return unreachable;
    }
  }
}

/**
 * The plan's zone has never been more than six hours or less than five behind UTC: CST and CDT,
 * and its local mean time (-05:50:36) before 1883. zone-offset.test.ts holds this to the
 * runtime's time-zone database.
 */
const PLAN_ZONE_OFFSETS_MS = [-6 * 3_600_000, -5 * 3_600_000] as const;

/** Today's date in the plan's time zone, as YYYY-MM-DD. */
export function todayIso(nowMs: number, timeZone: string = PLAN_TIME_ZONE): string {
  // For 23 hours of every 24 the plan's zone is on the same date at either end of its range of
  // offsets, and the date is read without Intl: the first use of Intl in a page costs tens of
  // milliseconds, and the wizard's first screen needs only today's date.
  if (timeZone === PLAN_TIME_ZONE && Number.isFinite(nowMs)) {
    const [behindMost, behindLeast] = PLAN_ZONE_OFFSETS_MS;
    const days = Math.floor((nowMs + behindMost) / DAY_MS);
    if (days === Math.floor((nowMs + behindLeast) / DAY_MS)) return formatIsoDate(civilOf(days));
  }
  return formatIsoDate(wallTimeIn(nowMs, timeZone));
}
