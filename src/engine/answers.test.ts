import { describe, expect, it } from 'vitest';
import { ANSWER_LABELS, answersFor, standingOf } from './answers';

// DESIGN.md: answers are three-valued. A criterion is met, not_met or unknown (shown as "Met",
// "Not met", "Not documented"); a contraindication absent, present or unknown ("Absent",
// "Present", "Not documented").

describe('the answer words', () => {
  it('a criterion is met, not_met or unknown; a contraindication absent, present or unknown', () => {
    expect(answersFor('criterion')).toEqual(['met', 'not_met', 'unknown']);
    expect(answersFor('contraindication')).toEqual(['absent', 'present', 'unknown']);
  });

  it('an indication is answered like a criterion', () => {
    expect(answersFor('indication')).toEqual(['met', 'not_met', 'unknown']);
  });

  it('are shown as the design names them', () => {
    expect(ANSWER_LABELS).toEqual({
      met: 'Met',
      not_met: 'Not met',
      absent: 'Absent',
      present: 'Present',
      unknown: 'Not documented',
    });
  });
});

describe('how an answer stands against the policy', () => {
  it('a criterion met or a contraindication absent satisfies it', () => {
    expect(standingOf('met')).toBe('satisfies');
    expect(standingOf('absent')).toBe('satisfies');
  });

  it('a criterion not met or a contraindication present fails it', () => {
    expect(standingOf('not_met')).toBe('fails');
    expect(standingOf('present')).toBe('fails');
  });

  it('unknown, or no answer at all, leaves it undocumented', () => {
    expect(standingOf('unknown')).toBe('undocumented');
    expect(standingOf(undefined)).toBe('undocumented');
  });
});
