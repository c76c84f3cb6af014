import { describe, expect, it } from 'vitest';
import {
  ageOn,
  compareIsoDates,
  dueBy,
  formatInZone,
  instantOfWallTime,
  isIsoDate,
  isIsoDateTime,
  isoDateProblem,
  isoDateTimeProblem,
  LATEST_YEAR,
  EARLIEST_YEAR,
  parseIsoDate,
  parseIsoDateTime,
  PLAN_TIME_ZONE,
  todayIso,
  wallTimeIn,
  type CalendarDate,
} from './dates';

// Expected values are worked out from the calendar: in America/Chicago, daylight time ends
// Sunday 1 November 2026 at 02:00 CDT (07:00Z) and begins Sunday 8 March 2026 at 02:00 CST (08:00Z).
// CDT is UTC-05:00, CST is UTC-06:00.

function date(iso: string): CalendarDate {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return parsed;
}

function instant(iso: string): number {
  const ms = parseIsoDateTime(iso);
  if (ms === undefined) throw new Error(`not a date-time: ${iso}`);
  return ms;
}

describe('calendar dates (YYYY-MM-DD)', () => {
  it('reads a real date into year, month and day', () => {
    expect(parseIsoDate('2026-11-24')).toEqual({ year: 2026, month: 11, day: 24 });
    expect(parseIsoDate('2026-01-01')).toEqual({ year: 2026, month: 1, day: 1 });
  });

  it.each([
    ['2026-02-30', 'February has no 30th'],
    ['2026-02-29', '2026 is not a leap year'],
    ['2100-02-29', '2100 is not a leap year (century rule)'],
    ['1900-02-29', '1900 is not a leap year (century rule)'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'there is no month 13'],
    ['2026-00-10', 'there is no month 0'],
    ['2026-01-00', 'there is no day 0'],
    ['26-1-1', 'two-digit year, unpadded'],
    ['2026-1-1', 'unpadded month and day'],
    ['2026/01/01', 'slashes'],
    ['01/15/2026', 'US order'],
    ['2026-01-01T00:00:00Z', 'a date-time, not a date'],
    [' 2026-01-01', 'leading space'],
    ['', 'empty'],
    ['2026x01-10', 'a letter between year and month'],
    ['2026-01x10', 'a letter between month and day'],
    ['20a6-01-10', 'a letter in the year'],
    ['2026-0b-10', 'a letter in the month'],
    ['2026-01-1c', 'a letter in the day'],
  ])('refuses %s (%s)', (value) => {
    expect(parseIsoDate(value)).toBeUndefined();
    expect(isIsoDate(value)).toBe(false);
  });

  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });
});

describe('age on the review date', () => {
  it('the 21st birthday counts as 21', () => {
    expect(ageOn(date('2005-11-24'), date('2026-11-24'))).toBe(21);
  });

  it('the day before the 21st birthday is still 20', () => {
    expect(ageOn(date('2005-11-24'), date('2026-11-23'))).toBe(20);
  });

  it('a birthday later in the year has not come yet in January', () => {
    expect(ageOn(date('2005-12-31'), date('2026-01-01'))).toBe(20);
    expect(ageOn(date('2005-12-31'), date('2026-12-31'))).toBe(21);
  });

  it('an earlier month in the birth year is not a birthday', () => {
    expect(ageOn(date('2005-06-15'), date('2026-05-20'))).toBe(20);
    expect(ageOn(date('2005-06-15'), date('2026-07-01'))).toBe(21);
  });

  it('born on 29 February: a year older on 29 February in leap years', () => {
    expect(ageOn(date('2008-02-29'), date('2028-02-28'))).toBe(19);
    expect(ageOn(date('2008-02-29'), date('2028-02-29'))).toBe(20);
  });

  it('born on 29 February: a year older on 1 March in common years, not on 28 February', () => {
    expect(ageOn(date('2008-02-29'), date('2029-02-28'))).toBe(20);
    expect(ageOn(date('2008-02-29'), date('2029-03-01'))).toBe(21);
  });

  it('is 0 on the day of birth', () => {
    expect(ageOn(date('2026-03-10'), date('2026-03-10'))).toBe(0);
  });

  it('is no age (negative) on a date before birth, not 0', () => {
    expect(ageOn(date('2026-03-10'), date('2026-03-09'))).toBeLessThan(0);
    expect(ageOn(date('2027-01-01'), date('2026-11-24'))).toBeLessThan(0);
  });
});

describe('date-times with offset (receivedAt)', () => {
  it('reads the instant, applying the offset', () => {
    const fifteenZ = Date.UTC(2026, 9, 29, 15, 0, 0);
    expect(parseIsoDateTime('2026-10-29T10:00:00-05:00')).toBe(fifteenZ);
    expect(parseIsoDateTime('2026-10-29T15:00:00Z')).toBe(fifteenZ);
    expect(parseIsoDateTime('2026-10-29T15:00Z')).toBe(fifteenZ);
    expect(parseIsoDateTime('2026-10-29T20:30:00+05:30')).toBe(fifteenZ);
    expect(parseIsoDateTime('2026-10-29T15:00:00.250Z')).toBe(fifteenZ + 250);
  });

  it.each([
    ['2026-10-29T10:00:00', 'no offset'],
    ['2026-10-29T25:00:00-05:00', 'hour 25'],
    ['2026-10-29T24:00:00-05:00', 'hour 24'],
    ['2026-10-29T10:60:00-05:00', 'minute 60'],
    ['2026-10-29T10:00:60-05:00', 'second 60'],
    ['2026-02-30T10:00:00-06:00', 'no 30 February'],
    ['2026-10-29T10:00:00-05', 'offset without minutes'],
    ['2026-10-29', 'a date without a time'],
    ['2026-10-29T10:00:00+25:00', 'offset of 25 hours'],
    ['yesterday', 'words'],
    [' 2026-10-29T10:00:00-05:00', 'a leading space'],
    ['received 2026-10-29T10:00:00-05:00', 'words before it'],
    ['2026-10-29T10:00:00-05:00 ', 'a trailing space'],
    ['2026-10-29T10:00:00Z[America/Chicago]', 'a zone name after it'],
    ['2026x10-29T10:00:00Z', 'a letter between year and month'],
    ['2026-10x29T10:00:00Z', 'a letter between month and day'],
    ['2026-10-29 10:00:00Z', 'a space instead of T'],
    ['2026-10-29T10-00:00Z', 'a dash between hour and minute'],
    ['2a26-10-29T10:00:00Z', 'a letter in the year'],
    ['2026-1a-29T10:00:00Z', 'a letter in the month'],
    ['2026-10-2aT10:00:00Z', 'a letter in the day'],
    ['2026-10-29T1a:00:00Z', 'a letter in the hour'],
    ['2026-10-29T10:0a:00Z', 'a letter in the minute'],
    ['2026-10-29T10:00:0aZ', 'a letter in the seconds'],
    ['2026-10-29T10:00:00.Z', 'a decimal point without a fraction'],
    ['2026-10-29T10:00:00.0123456789Z', 'ten digits of fraction'],
    ['2026-10-29T10:00:00X05:00', 'an offset that is neither + nor -'],
    ['2026-10-29T10:00:00+05-00', 'an offset with a dash for its colon'],
    ['2026-10-29T10:00:00+0a:00', 'a letter in the offset hours'],
    ['2026-10-29T10:00:00+05:0a', 'a letter in the offset minutes'],
  ])('refuses %s (%s)', (value) => {
    expect(parseIsoDateTime(value)).toBeUndefined();
    expect(isIsoDateTime(value)).toBe(false);
  });
});

describe('decision due by (America/Chicago)', () => {
  describe('standard: the same wall-clock time 7 calendar days later', () => {
    it('across the end of daylight time (Sun 1 Nov 2026): 10:00 CDT → 10:00 CST', () => {
      expect(dueBy(instant('2026-10-29T10:00:00-05:00'), 'standard')).toBe(
        '2026-11-05T10:00:00-06:00',
      );
    });

    it('across the start of daylight time (Sun 8 Mar 2026): 10:00 CST → 10:00 CDT', () => {
      expect(dueBy(instant('2026-03-05T10:00:00-06:00'), 'standard')).toBe(
        '2026-03-12T10:00:00-05:00',
      );
    });

    it('with no change of clocks', () => {
      expect(dueBy(instant('2026-06-01T10:00:00-05:00'), 'standard')).toBe(
        '2026-06-08T10:00:00-05:00',
      );
    });

    it('counts calendar days in Chicago, not in the offset the time was written in', () => {
      // 03:00Z on 15 Jan is 21:00 CST on 14 Jan in Chicago.
      expect(dueBy(instant('2026-01-15T03:00:00Z'), 'standard')).toBe('2026-01-21T21:00:00-06:00');
    });

    it('rolls over the month and the year', () => {
      expect(dueBy(instant('2026-12-28T08:00:00-06:00'), 'standard')).toBe(
        '2027-01-04T08:00:00-06:00',
      );
      expect(dueBy(instant('2026-02-25T16:45:00-06:00'), 'standard')).toBe(
        '2026-03-04T16:45:00-06:00',
      );
    });

    it('keeps minutes and seconds', () => {
      expect(dueBy(instant('2026-09-10T13:07:42-05:00'), 'standard')).toBe(
        '2026-09-17T13:07:42-05:00',
      );
    });

    // 7 calendar days after 01:30 CDT on 25 Oct is 01:30 on 1 Nov, a time Chicago's clocks show
    // twice (CDT, then CST). The deadline is never later than either reading: 01:30 CDT, exactly
    // 168 hours after receipt.
    it('when the due wall-clock time happens twice, the earlier one', () => {
      expect(dueBy(instant('2026-10-25T01:30:00-05:00'), 'standard')).toBe(
        '2026-11-01T01:30:00-05:00',
      );
    });

    // 7 calendar days after 02:30 CST on 1 Mar is 02:30 on 8 Mar, a time that never happens in
    // Chicago (02:00 CST jumps to 03:00 CDT). The clocks then read 03:30 CDT, exactly 168 hours
    // after receipt.
    it('when the due wall-clock time does not exist, the time the clocks show 168 hours later', () => {
      const received = instant('2026-03-01T02:30:00-06:00');
      expect(dueBy(received, 'standard')).toBe('2026-03-08T03:30:00-05:00');
      expect(instant(dueBy(received, 'standard'))).toBe(received + 168 * 3_600_000);
    });
  });

  describe('expedited: 72 elapsed hours', () => {
    it('across the end of daylight time: 10:00 CDT + 72 h is 09:00 CST', () => {
      expect(dueBy(instant('2026-10-30T10:00:00-05:00'), 'expedited')).toBe(
        '2026-11-02T09:00:00-06:00',
      );
    });

    it('across the start of daylight time: 10:00 CST + 72 h is 11:00 CDT', () => {
      expect(dueBy(instant('2026-03-06T10:00:00-06:00'), 'expedited')).toBe(
        '2026-03-09T11:00:00-05:00',
      );
    });

    it('with no change of clocks, whatever offset the receipt was written in', () => {
      expect(dueBy(instant('2026-07-01T09:15:00-05:00'), 'expedited')).toBe(
        '2026-07-04T09:15:00-05:00',
      );
      expect(dueBy(instant('2026-07-01T14:15:00Z'), 'expedited')).toBe('2026-07-04T09:15:00-05:00');
    });

    it('is exactly 72 hours after receipt', () => {
      const received = instant('2026-10-31T23:59:00-05:00');
      expect(instant(dueBy(received, 'expedited'))).toBe(received + 72 * 3_600_000);
    });
  });
});

describe('Chicago wall time', () => {
  it('writes an instant as Chicago time with that moment’s offset', () => {
    expect(formatInZone(Date.UTC(2026, 10, 5, 16, 0, 0))).toBe('2026-11-05T10:00:00-06:00');
    expect(formatInZone(Date.UTC(2026, 6, 4, 14, 15, 0))).toBe('2026-07-04T09:15:00-05:00');
    // The first and second 01:30 of 1 Nov 2026.
    expect(formatInZone(Date.UTC(2026, 10, 1, 6, 30, 0))).toBe('2026-11-01T01:30:00-05:00');
    expect(formatInZone(Date.UTC(2026, 10, 1, 7, 30, 0))).toBe('2026-11-01T01:30:00-06:00');
  });

  it('today is the date in Louisiana, not in UTC', () => {
    // 03:00Z on 25 Nov is 21:00 CST on 24 Nov.
    expect(todayIso(Date.UTC(2026, 10, 25, 3, 0, 0))).toBe('2026-11-24');
    expect(todayIso(Date.UTC(2026, 10, 25, 6, 0, 0))).toBe('2026-11-25');
    // 04:59:59Z on 1 Jul is 23:59:59 CDT on 30 Jun.
    expect(todayIso(Date.UTC(2026, 6, 1, 4, 59, 59))).toBe('2026-06-30');
    expect(todayIso(Date.UTC(2026, 6, 1, 5, 0, 0))).toBe('2026-07-01');
  });
});

describe('wall time ↔ instant in Chicago', () => {
  it('reads an instant as Chicago wall time', () => {
    expect(wallTimeIn(Date.UTC(2026, 10, 5, 16, 0, 0), PLAN_TIME_ZONE)).toEqual({
      year: 2026,
      month: 11,
      day: 5,
      hour: 10,
      minute: 0,
      second: 0,
    });
  });

  it('finds the instant a Chicago wall time names, on either side of a change of clocks', () => {
    const wall = { year: 2026, month: 11, day: 5, hour: 10, minute: 0, second: 0 };
    expect(instantOfWallTime(wall, PLAN_TIME_ZONE)).toBe(Date.UTC(2026, 10, 5, 16, 0, 0));
    expect(instantOfWallTime({ ...wall, month: 10, day: 29 }, PLAN_TIME_ZONE)).toBe(
      Date.UTC(2026, 9, 29, 15, 0, 0),
    );
  });
});

describe('the edges of a real date and time', () => {
  it('accepts the last second of a day, of an hour and of a minute', () => {
    expect(parseIsoDateTime('2026-12-31T23:59:59Z')).toBe(Date.UTC(2026, 11, 31, 23, 59, 59));
    expect(parseIsoDateTime('2026-10-29T10:59:00-05:00')).toBe(Date.UTC(2026, 9, 29, 15, 59, 0));
    expect(parseIsoDateTime('2026-10-29T10:00:59-05:00')).toBe(Date.UTC(2026, 9, 29, 15, 0, 59));
  });

  it('accepts an offset with minutes, up to :59, and refuses :60', () => {
    // India (+05:30) and Nepal (+05:45) write minutes in their offsets.
    expect(parseIsoDateTime('2026-10-29T20:45:00+05:45')).toBe(Date.UTC(2026, 9, 29, 15, 0, 0));
    expect(parseIsoDateTime('2026-10-29T15:59:00+00:59')).toBe(Date.UTC(2026, 9, 29, 15, 0, 0));
    expect(parseIsoDateTime('2026-10-29T15:00:00+00:60')).toBeUndefined();
  });

  it('reads an offset east of UTC as ahead of it, and west as behind', () => {
    // Kiribati (+14:00) is the furthest ahead; Baker Island (-12:00) the furthest behind.
    expect(parseIsoDateTime('2026-10-30T05:00:00+14:00')).toBe(Date.UTC(2026, 9, 29, 15, 0, 0));
    expect(parseIsoDateTime('2026-10-29T03:00:00-12:00')).toBe(Date.UTC(2026, 9, 29, 15, 0, 0));
  });

  it('keeps a fraction of a second to the millisecond, never rounding up into the next second', () => {
    expect(parseIsoDateTime('2026-10-29T15:00:59.9999Z')).toBe(
      Date.UTC(2026, 9, 29, 15, 0, 59, 999),
    );
    expect(parseIsoDateTime('2026-10-29T15:00:00.5Z')).toBe(Date.UTC(2026, 9, 29, 15, 0, 0, 500));
    // So 72 hours after a receipt late in a second is still due within that second.
    expect(dueBy(instant('2026-07-01T09:15:59.9999-05:00'), 'expedited')).toBe(
      '2026-07-04T09:15:59-05:00',
    );
  });

  it('keeps a fraction of up to nine digits (nanoseconds) to the millisecond', () => {
    expect(parseIsoDateTime('2026-10-29T15:00:00.123456789Z')).toBe(
      Date.UTC(2026, 9, 29, 15, 0, 0, 123),
    );
  });

  it('29 February 2000, the last day of a 400-year cycle of the calendar, is read and written', () => {
    // 18:00Z is noon CST; the next UTC day is 1 March.
    expect(todayIso(Date.UTC(2000, 1, 29, 18, 0, 0))).toBe('2000-02-29');
    expect(formatInZone(Date.UTC(2000, 1, 29, 18, 0, 0))).toBe('2000-02-29T12:00:00-06:00');
    expect(todayIso(Date.UTC(2000, 2, 1, 18, 0, 0))).toBe('2000-03-01');
  });

  it('an instant written in UTC is shown with Z, and read back', () => {
    expect(formatInZone(Date.UTC(2026, 10, 5, 16, 0, 0), 'UTC')).toBe('2026-11-05T16:00:00Z');
    expect(isIsoDateTime('2026-11-05T16:00:00Z')).toBe(true);
  });
});

describe('comparing two dates', () => {
  it('earlier, the same day, later', () => {
    expect(compareIsoDates('2026-11-23', '2026-11-24')).toBe(-1);
    expect(compareIsoDates('2026-11-24', '2026-11-24')).toBe(0);
    expect(compareIsoDates('2026-12-01', '2026-11-24')).toBe(1);
    expect(compareIsoDates('2025-12-31', '2026-01-01')).toBe(-1);
  });
});

// Issue: a date typed 05/04/26 reaches the app as the year 0026 (or, through Date, 1926); a birth
// date in 0026 gave "Age 2000". Years before 1900 or after 2100 are refused.
describe('the years a date may fall in', () => {
  it('are 1900 to 2100', () => {
    expect(EARLIEST_YEAR).toBe(1900);
    expect(LATEST_YEAR).toBe(2100);
  });

  it.each([
    ['1899-12-31', 'the day before 1900'],
    ['0026-05-04', 'a two-digit year typed into a date field'],
    ['0001-01-01', 'the first year of the calendar'],
    ['0000-01-01', 'year 0'],
    ['2101-01-01', 'the day after 2100'],
    ['9999-12-31', 'far ahead'],
  ])('refuses the date %s (%s), saying why without quoting it', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(parseIsoDate(value)).toBeUndefined();
    const problem = isoDateProblem(value);
    expect(problem).toMatch(/1900 to 2100/);
    expect(problem).not.toContain(value.slice(0, 4));
  });

  it.each(['1900-01-01', '2100-12-31', '1926-05-04'])('accepts the date %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
    expect(isoDateProblem(value)).toBeUndefined();
  });

  it.each([
    ['1899-12-31T23:59:59Z', 'the last second before 1900'],
    ['0026-05-04T10:00:00-05:00', 'a two-digit year typed into a date-time field'],
    ['2101-01-01T00:00:00-06:00', 'after 2100'],
  ])('refuses the date-time %s (%s)', (value) => {
    expect(isIsoDateTime(value)).toBe(false);
    expect(parseIsoDateTime(value)).toBeUndefined();
    expect(isoDateTimeProblem(value)).toMatch(/1900 to 2100/);
  });

  it('accepts a date-time at either end of the years', () => {
    expect(isIsoDateTime('1900-01-01T00:00:00-06:00')).toBe(true);
    expect(isIsoDateTime('2100-12-31T23:59:59-06:00')).toBe(true);
  });

  it('words the other problems of a date without quoting it', () => {
    expect(isoDateProblem('05/04/26')).toBe('must be a date written YYYY-MM-DD');
    expect(isoDateProblem('2026-02-30')).toBe('is not a real date');
    expect(isoDateTimeProblem('2026-10-29T10:00:00')).toMatch(
      /^must be a date-time with its offset/,
    );
    expect(isoDateTimeProblem('2026-02-30T10:00:00-06:00')).toBe('is not a real date and time');
  });

  it('a wall time in the year 0026 stays in 0026, so it is refused rather than read as 1926', () => {
    const wall = { year: 26, month: 5, day: 4, hour: 10, minute: 0, second: 0 };
    const written = formatInZone(instantOfWallTime(wall, PLAN_TIME_ZONE));
    expect(written.startsWith('0026-05-04')).toBe(true);
    expect(isIsoDateTime(written)).toBe(false);
  });
});

describe('age on birthdays', () => {
  it('turns 21 on the 21st birthday, across the review date’s change of clocks', () => {
    // 8 March 2026 is the day Chicago's clocks go forward; an age is a count of birthdays only.
    expect(ageOn(date('2005-03-08'), date('2026-03-07'))).toBe(20);
    expect(ageOn(date('2005-03-08'), date('2026-03-08'))).toBe(21);
  });

  it('born on 29 February 2004: 20 on 28 February 2025, 21 on 1 March 2025, 24 on 29 February 2028', () => {
    expect(ageOn(date('2004-02-29'), date('2025-02-28'))).toBe(20);
    expect(ageOn(date('2004-02-29'), date('2025-03-01'))).toBe(21);
    expect(ageOn(date('2004-02-29'), date('2028-02-28'))).toBe(23);
    expect(ageOn(date('2004-02-29'), date('2028-02-29'))).toBe(24);
  });
});
