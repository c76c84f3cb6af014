import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber, reduction } from './percent-change';

// The policy asks for "at least 50%": a pain score reduced by at least half during the trial
// (II.A.1.a, II.A.2.a) and systemic opioids weaned by at least 50% (I.A.2.g).

describe('the change a calculator shows against the policy’s 50%', () => {
  it('a fall to exactly half is at least 50%', () => {
    expect(reduction(180, 90)).toEqual({ percent: 50, atLeastHalf: true });
    expect(reduction(8, 4)).toEqual({ percent: 50, atLeastHalf: true });
    expect(reduction(0.3, 0.15)).toEqual({ percent: 50, atLeastHalf: true });
  });

  it('a fall just short of half is less than 50%, and never shown as 50%', () => {
    // (180 − 90.5) / 180 = 49.72%; (10 − 5.04) / 10 = 49.6%.
    expect(reduction(180, 90.5)).toEqual({ percent: 49.7, atLeastHalf: false });
    expect(reduction(10, 5.04)).toEqual({ percent: 49.6, atLeastHalf: false });
    // (10000 − 5000.1) / 10000 = 49.999%.
    expect(reduction(10_000, 5000.1)).toEqual({ percent: 49.9, atLeastHalf: false });
  });

  it('a fall a little more than half is at least 50%', () => {
    // (180 − 89.5) / 180 = 50.28%, shown whole.
    expect(reduction(180, 89.5)).toEqual({ percent: 50, atLeastHalf: true });
  });

  it('whole percentages where they tell the truth', () => {
    // (180 − 60) / 180 = 66.7%; (8 − 2) / 8 = 75%; (180 − 120) / 180 = 33.3%.
    expect(reduction(180, 60)).toEqual({ percent: 67, atLeastHalf: true });
    expect(reduction(8, 2)).toEqual({ percent: 75, atLeastHalf: true });
    expect(reduction(180, 120)).toEqual({ percent: 33, atLeastHalf: false });
  });

  it('no change, a rise and a fall to nothing', () => {
    expect(reduction(6, 6)).toEqual({ percent: 0, atLeastHalf: false });
    expect(reduction(5, 6)).toEqual({ percent: -20, atLeastHalf: false });
    expect(reduction(7, 0)).toEqual({ percent: 100, atLeastHalf: true });
  });

  it('the verdict is "at least half" exactly when after is no more than half of before, and the percentage shown agrees', () => {
    // Amounts as typed: up to two decimals, worked in hundredths so the reference is exact.
    const hundredths = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(
        hundredths.filter((b) => b > 0),
        hundredths,
        (before, after) => {
          const { percent, atLeastHalf } = reduction(before / 100, after / 100);
          expect(atLeastHalf).toBe(2 * after <= before);
          expect(percent >= 50).toBe(atLeastHalf);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('reading what the reviewer typed', () => {
  it('nothing typed is no value and no error', () => {
    expect(readNumber('  ', 'The first value', 0, 10)).toBeUndefined();
  });

  it('a number within bounds is read, spaces around it ignored', () => {
    expect(readNumber(' 7.5 ', 'The first value', 0, 10)).toEqual({ ok: true, value: 7.5 });
    expect(readNumber('0', 'The first value', 0, 10)).toEqual({ ok: true, value: 0 });
    expect(readNumber('10', 'The first value', 0, 10)).toEqual({ ok: true, value: 10 });
  });

  it('words, and numbers out of bounds, are named in the error', () => {
    expect(readNumber('abc', 'The first value', 0, 10)).toEqual({
      ok: false,
      error: 'The first value must be a number.',
    });
    expect(readNumber('Infinity', 'The first value', 0, 10)).toEqual({
      ok: false,
      error: 'The first value must be a number.',
    });
    expect(readNumber('11', 'The second value', 0, 10)).toEqual({
      ok: false,
      error: 'The second value must be from 0 to 10.',
    });
    expect(readNumber('-1', 'The second value', 0, 10)).toEqual({
      ok: false,
      error: 'The second value must be from 0 to 10.',
    });
  });
});
