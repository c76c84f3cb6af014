import type { Determination } from '../../engine';
import { lineVerdict } from './code-lines';

/**
 * The requested codes a nurse cannot approve: a line that is not covered, is unlisted, needs an
 * under-21 review or does not fit the request is referred, never denied (DESIGN.md, Codes).
 */
export function linesToRefer(determination: Determination): string[] {
  // Not every line with the action "refer" stands in the way itself: while the case is not met
  // every line goes with it. These are the lines that would be referred even if it were met.
  return determination.codes
    .filter((line) => lineVerdict(line, determination) === 'refer')
    .map((line) => line.code);
}

/** Whether the case goes to a medical director: the outcome, or a line a nurse cannot approve. */
export function needsMedicalDirector(determination: Determination): boolean {
  return (
    determination.outcome === 'not_met' ||
    determination.outcome === 'medical_director_review' ||
    // A review still pending documents refers nothing yet; one that meets the criteria refers
    // the lines a nurse cannot approve.
    (determination.outcome === 'meets_criteria' && linesToRefer(determination).length > 0)
  );
}
