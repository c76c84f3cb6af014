import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dueBy,
  formatInZone,
  instantOfWallTime,
  PLAN_TIME_ZONE,
  todayIso,
  wallTimeIn,
  wallTimeViaIntl,
  type Urgency,
  type WallTime,
} from './dates';

// dates.ts reads a zone's offset from a table of its changes per year, built once through Intl.
// Here the functions that use the table are held to the same functions written directly over
// Intl (the code as it was before the table), instant by instant: across 1900–2199, on either
// side of every change of clocks, in Chicago and in zones with odd offsets and rules.

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

// ----- The reference: every reading through Intl -------------------------------------------

function offsetMinutesViaIntl(ms: number, timeZone: string): number {
  const wall = wallTimeViaIntl(ms, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

function formatViaIntl(ms: number, timeZone: string): string {
  const wall = wallTimeViaIntl(ms, timeZone);
  const offset = offsetMinutesViaIntl(ms, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

function instantViaIntl(wall: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  let guess = asUtc - offsetMinutesViaIntl(asUtc, timeZone) * 60_000;
  guess = asUtc - offsetMinutesViaIntl(guess, timeZone) * 60_000;
  return guess;
}

function dueByViaIntl(receivedAtMs: number, urgency: Urgency, timeZone: string): string {
  if (urgency === 'expedited') return formatViaIntl(receivedAtMs + 72 * 3_600_000, timeZone);
  const wall = wallTimeViaIntl(receivedAtMs, timeZone);
  const later = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 7));
  const target: WallTime = {
    ...wall,
    year: later.getUTCFullYear(),
    month: later.getUTCMonth() + 1,
    day: later.getUTCDate(),
  };
  return formatViaIntl(instantViaIntl(target, timeZone), timeZone);
}

// ----- Instants worth checking -------------------------------------------------------------

const FROM = Date.UTC(1900, 0, 1);
const UNTIL = Date.UTC(2200, 0, 1);
const HOUR = 3_600_000;

/** Sunday the nth (1-based) of a month, as a day of the month. */
function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
}

/**
 * Chicago's changes of clocks under the US rules in force since 2007, worked out from the
 * calendar rather than from Intl: 02:00 CST on the second Sunday of March (08:00Z) and 02:00 CDT
 * on the first Sunday of November (07:00Z).
 */
function usChanges(year: number): [start: number, end: number] {
  return [
    Date.UTC(year, 2, nthSunday(year, 3, 2), 8),
    Date.UTC(year, 10, nthSunday(year, 11, 1), 7),
  ];
}

/** Instants within three hours either side of a Chicago change of clocks, 2007–2199. */
const nearUsChange = fc
  .tuple(
    fc.integer({ min: 2007, max: 2199 }),
    fc.boolean(),
    fc.integer({ min: -3 * HOUR, max: 3 * HOUR }),
  )
  .map(([year, spring, delta]) => usChanges(year)[spring ? 0 : 1] + delta);

/** Any whole millisecond in 1900–2199, and a little beyond either end. */
const anyInstant = fc.integer({ min: FROM - 400 * 86_400_000, max: UNTIL + 400 * 86_400_000 });

/** Instants in the years the product sees most. */
const recentInstant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) });

const ZONES = [
  'America/New_York',
  'America/Denver',
  'America/Phoenix',
  'America/St_Johns', // -03:30, with daylight time
  'America/Sao_Paulo', // southern daylight time, since abolished
  'Europe/London',
  'Europe/Dublin', // negative daylight saving in the database
  'Africa/Casablanca', // daylight time suspended for Ramadan
  'Asia/Kolkata',
  'Asia/Kathmandu', // +05:45
  'Australia/Lord_Howe', // a 30-minute change
  'Pacific/Apia', // skipped 30 December 2011
  'Pacific/Chatham', // +12:45 / +13:45
  'UTC',
] as const;

function expectSameReadings(ms: number, timeZone: string): void {
  expect(wallTimeIn(ms, timeZone), `wall time at ${ms} in ${timeZone}`).toEqual(
    wallTimeViaIntl(ms, timeZone),
  );
  expect(formatInZone(ms, timeZone), `written at ${ms} in ${timeZone}`).toBe(
    formatViaIntl(ms, timeZone),
  );
}

describe('the offset table agrees with Intl (America/Chicago)', () => {
  it('at any instant of 1900–2199 and beyond either end', () => {
    fc.assert(
      fc.property(anyInstant, (ms) => expectSameReadings(ms, PLAN_TIME_ZONE)),
      { numRuns: 3000 },
    );
  });

  it('within hours of every change of clocks under the US rules', () => {
    fc.assert(
      fc.property(nearUsChange, (ms) => expectSameReadings(ms, PLAN_TIME_ZONE)),
      { numRuns: 3000 },
    );
  });

  it('to the second at each change, 2007–2199, where the calendar puts it', () => {
    for (let year = 2007; year < 2200; year++) {
      for (const change of usChanges(year)) {
        for (const ms of [
          change - 1001,
          change - 1000,
          change - 1,
          change,
          change + 1,
          change + 999,
        ]) {
          expectSameReadings(ms, PLAN_TIME_ZONE);
        }
        // The offset moves by an hour exactly there.
        expect(
          Math.abs(
            Date.parse(formatInZone(change)) - Date.parse(formatInZone(change - 1000)) - 1000,
          ),
        ).toBe(0);
        expect(formatInZone(change).slice(-6)).not.toBe(formatInZone(change - 1000).slice(-6));
      }
    }
  });

  it('finds the instant of a wall time as Intl does, including times that happen twice or never', () => {
    const wallNearChange = fc
      .tuple(
        fc.integer({ min: 1900, max: 2199 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
      )
      .map(([year, spring, hour, minute, second]): WallTime => {
        const month = spring ? 3 : 11;
        const day = year >= 2007 ? nthSunday(year, month, spring ? 2 : 1) : 1 + (second % 28);
        return { year, month, day, hour, minute, second };
      });
    fc.assert(
      fc.property(wallNearChange, (wall) => {
        expect(instantOfWallTime(wall, PLAN_TIME_ZONE)).toBe(instantViaIntl(wall, PLAN_TIME_ZONE));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same due date, standard and expedited', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyInstant, nearUsChange, recentInstant),
        fc.constantFrom<Urgency>('standard', 'expedited'),
        (ms, urgency) => {
          expect(dueBy(ms, urgency)).toBe(dueByViaIntl(ms, urgency, PLAN_TIME_ZONE));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives the same date for today', () => {
    fc.assert(
      fc.property(fc.oneof(anyInstant, nearUsChange), (ms) => {
        const wall = wallTimeViaIntl(ms, PLAN_TIME_ZONE);
        expect(todayIso(ms)).toBe(`${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same date for today in the hour when CST and CDT fall on different dates', () => {
    // 05:00–06:00Z is 23:00–00:00 CST or 00:00–01:00 CDT: the date depends on the time of year.
    const lateEvening = fc
      .tuple(fc.integer({ min: 0, max: 84_000 }), fc.integer({ min: 5 * HOUR - 1, max: 6 * HOUR }))
      .map(([day, ms]) => Date.UTC(1970, 0, 1 + day) + ms);
    fc.assert(
      fc.property(lateEvening, (ms) => {
        const wall = wallTimeViaIntl(ms, PLAN_TIME_ZONE);
        expect(todayIso(ms)).toBe(`${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('has never been more than six hours or less than five behind UTC, from 1800 to 2199', () => {
    // todayIso reads the date without Intl when both ends of that range give the same one.
    let least = Infinity;
    let most = -Infinity;
    for (let ms = Date.UTC(1800, 0, 1); ms < UNTIL; ms += 12 * HOUR) {
      const offset = offsetMinutesViaIntl(ms, PLAN_TIME_ZONE);
      least = Math.min(least, offset);
      most = Math.max(most, offset);
    }
    expect(least).toBeGreaterThanOrEqual(-360);
    expect(most).toBeLessThanOrEqual(-300);
  });

  it('gives the same date for today in other zones, and before 1900 and after 2199 in Chicago', () => {
    const instant = fc.oneof(
      anyInstant,
      fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(2400, 0, 1) }),
    );
    for (const zone of [
      'Asia/Tokyo',
      'Pacific/Chatham',
      'UTC',
      'America/St_Johns',
      PLAN_TIME_ZONE,
    ]) {
      fc.assert(
        fc.property(instant, (ms) => {
          const wall = wallTimeViaIntl(ms, zone);
          expect(todayIso(ms, zone)).toBe(
            `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`,
          );
        }),
        { numRuns: 300 },
      );
    }
  });

  it('refuses an instant that is not a time, as Intl does', () => {
    for (const ms of [Infinity, -Infinity, NaN]) expect(() => todayIso(ms)).toThrow(RangeError);
  });

  it('leaves instants outside the table, and times that are not whole milliseconds, to Intl', () => {
    for (const ms of [
      Date.UTC(1899, 11, 31, 23, 59, 59),
      -62_135_596_800_000, // year 1
      -62_198_755_200_000, // year 0 (1 BC)
      Date.UTC(2200, 0, 1),
      8.64e15,
      1_700_000_000_000.5,
      -1000.5,
    ]) {
      expectSameReadings(ms, PLAN_TIME_ZONE);
    }
    expect(() => wallTimeIn(Number.NaN, PLAN_TIME_ZONE)).toThrow(RangeError);
    expect(() => formatInZone(Number.NaN)).toThrow(RangeError);
  });

  it('refuses a zone Intl does not know, as Intl does', () => {
    expect(() => wallTimeIn(Date.UTC(2026, 0, 1), 'Not/A_Zone')).toThrow(RangeError);
  });
});

/**
 * A zone's changes of clocks in a year, found through Intl alone by reading the offset every
 * hour and narrowing each change to the second (a different search from the table's own).
 */
function changesViaIntl(year: number, timeZone: string): number[] {
  const changes: number[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let before = Date.UTC(year, 0, 1);
  let offset = offsetMinutesViaIntl(before, timeZone);
  for (let at = before + HOUR; at <= end; at += HOUR) {
    const next = offsetMinutesViaIntl(at, timeZone);
    if (next !== offset) {
      let lo = before;
      let hi = at;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetMinutesViaIntl(mid, timeZone) === next) hi = mid;
        else lo = mid;
      }
      changes.push(hi);
    }
    before = at;
    offset = next;
  }
  return changes;
}

describe('the offset table agrees with Intl in other zones', () => {
  it.each(ZONES)('%s, to the second at each change of clocks', (timeZone) => {
    for (const year of [1975, 2011, 2026]) {
      for (const change of changesViaIntl(year, timeZone)) {
        for (const ms of [
          change - 1001,
          change - 1000,
          change - 1,
          change,
          change + 1,
          change + 999,
        ]) {
          expectSameReadings(ms, timeZone);
        }
      }
    }
  });

  it.each(ZONES)('%s', (timeZone) => {
    fc.assert(
      fc.property(fc.oneof(recentInstant, anyInstant), (ms) => {
        expectSameReadings(ms, timeZone);
        const wall = wallTimeViaIntl(ms, timeZone);
        expect(instantOfWallTime(wall, timeZone)).toBe(instantViaIntl(wall, timeZone));
      }),
      { numRuns: 300 },
    );
  });
});
