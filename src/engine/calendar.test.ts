import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoDateTime, parseIsoDate, parseIsoDateTime } from './dates';

// parseIsoDate reads YYYY-MM-DD character by character, and the calendar is worked out without
// Date objects. Here both are held to the plain way of doing it: a regular expression, and Date.

function parseIsoDateViaDate(
  value: string,
): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(2000, month, 0));
  daysInMonth.setUTCFullYear(year, month, 0);
  const ok = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth.getUTCDate();
  return ok ? { year, month, day } : undefined;
}

// parseIsoDateTime as it was written with the regular expression and a Date.
function parseIsoDateTimeViaDate(value: string): number | undefined {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/.exec(
      value,
    );
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (
    parseIsoDateViaDate(`${y}-${mo}-${d}`) === undefined ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return undefined;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const offsetHours = Number(oh);
    const offsetMins = Number(om);
    if (offsetHours > 18 || offsetMins > 59) return undefined;
    offsetMinutes = (offsetHours * 60 + offsetMins) * (zone?.startsWith('-') ? -1 : 1);
  }
  const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  const utc = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis));
  utc.setUTCFullYear(year);
  return utc.getTime() - offsetMinutes * 60_000;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Strings shaped like dates, real or not, and strings that are nearly so. */
const dateLike = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 28, max: 31 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.stringMatching(/^[0-9٠-٩a\- /]{8,12}$/),
  fc.string({ maxLength: 12 }),
);

/** Strings shaped like date-times, real or not, and strings that are nearly so. */
const dateTimeLike = fc.oneof(
  fc
    .tuple(
      dateLike,
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.option(fc.integer({ min: 0, max: 99 })),
      fc.option(fc.stringMatching(/^[0-9]{0,11}$/)),
      fc.oneof(
        fc.constantFrom('Z', 'z', '', '+00:00', '-00:00', '+', '-05', '+05:30', '-06:00'),
        fc
          .tuple(
            fc.constantFrom('+', '-', '±'),
            fc.integer({ min: 0, max: 99 }),
            fc.integer({ min: 0, max: 99 }),
          )
          .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
      ),
      fc.constantFrom('', '', '', ' ', '\n', 'x'),
    )
    .map(
      ([date, h, m, s, fraction, zone, tail]) =>
        `${date}T${pad(h, 2)}:${pad(m, 2)}${s === null ? '' : `:${pad(s, 2)}`}${fraction === null ? '' : `.${fraction}`}${zone}${tail}`,
    ),
  fc
    .tuple(
      fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }),
      fc.integer({ min: -18 * 60, max: 18 * 60 }),
    )
    .map(([ms, offset]) => {
      const iso = new Date(ms + offset * 60_000).toISOString().slice(0, -1);
      const abs = Math.abs(offset);
      return `${iso}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
    }),
  fc.stringMatching(/^[0-9T:Z+\-.]{15,32}$/),
  fc.string({ maxLength: 40 }),
);

describe('calendar dates, read without a regular expression or a Date', () => {
  it('parseIsoDate agrees with a regular expression and Date on any string', () => {
    fc.assert(
      fc.property(dateLike, (value) => {
        expect(parseIsoDate(value)).toEqual(parseIsoDateViaDate(value));
        expect(isIsoDate(value)).toBe(parseIsoDateViaDate(value) !== undefined);
      }),
      { numRuns: 5_000 },
    );
  });

  it('parseIsoDateTime agrees with a regular expression and Date on any string', () => {
    fc.assert(
      fc.property(dateTimeLike, (value) => {
        expect(parseIsoDateTime(value)).toBe(parseIsoDateTimeViaDate(value));
        expect(isIsoDateTime(value)).toBe(parseIsoDateTimeViaDate(value) !== undefined);
      }),
      { numRuns: 8_000 },
    );
  });

  it('the last day of every month of 1600–2400 is a date, and the day after it is not', () => {
    for (let year = 1600; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(isIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(last, 2)}`)).toBe(true);
        expect(isIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(last + 1, 2)}`)).toBe(false);
      }
    }
  });

  it('a date-time on the last day of a month is real, the day after is not', () => {
    expect(isIsoDateTime('2024-02-29T12:00:00Z')).toBe(true);
    expect(isIsoDateTime('2026-02-29T12:00:00Z')).toBe(false);
    expect(parseIsoDateTime('2000-02-29T00:00:00Z')).toBe(Date.UTC(2000, 1, 29));
    expect(isIsoDateTime('1900-02-29T00:00:00Z')).toBe(false);
  });
});
