import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayIso } from './dates';

// The wizard's first screen needs today's date in Louisiana. The first use of Intl in a page
// costs tens of milliseconds, so today is read without it whenever CST and CDT agree on the date:
// every hour but 05:00–06:00 UTC. (A file of its own: no other test has warmed the zone tables.)

afterEach(() => {
  vi.restoreAllMocks();
});

describe('today in Louisiana, without Intl where it can be', () => {
  it('reads noon, evening and the small hours without Intl', () => {
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    // 18:00Z on 24 Nov is noon CST; 04:59:59Z on 1 Jul is 23:59:59 CDT on 30 Jun; 06:00Z on
    // 25 Nov is 00:00 CST.
    expect(todayIso(Date.UTC(2031, 10, 24, 18))).toBe('2031-11-24');
    expect(todayIso(Date.UTC(2031, 6, 1, 4, 59, 59))).toBe('2031-06-30');
    expect(todayIso(Date.UTC(2031, 10, 25, 6))).toBe('2031-11-25');
    expect(formatToParts).not.toHaveBeenCalled();
  });

  it('asks Intl in the hour when the date depends on daylight time', () => {
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    // 05:30Z is 23:30 CST on 24 Nov, and would be 00:30 CDT on 25 Nov.
    expect(todayIso(Date.UTC(2032, 10, 25, 5, 30))).toBe('2032-11-24');
    // 05:30Z on 1 Jul is 00:30 CDT on 1 Jul.
    expect(todayIso(Date.UTC(2032, 6, 1, 5, 30))).toBe('2032-07-01');
    expect(formatToParts).toHaveBeenCalled();
  });
});
