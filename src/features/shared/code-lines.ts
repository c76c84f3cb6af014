import type { CodeFinding, Determination, Request } from '../../engine';

// What becomes of each requested code, line by line (DESIGN.md, "The determination" and "Codes"):
// a nurse may approve a line only when the request meets criteria and the line is listed on the
// fee schedule and fits the request; any other line goes to a medical director, never denied.

/** The request as "a … request", to say what a code fits. */
export const A_REQUEST: Readonly<Record<Request, string>> = {
  trial: 'a trial request',
  implant: 'an implant request',
  existing_pump: 'a request about a pump already in place',
};

/** Whether the code fits the request, in words. */
export function fitWords(code: CodeFinding, request: Request | null): string {
  if (code.finding === 'unlisted') return 'Not in the policy’s table, so nothing says what it fits';
  if (code.fitsRequest === null || request === null)
    return 'Whether it fits is known once the request is recorded';
  return code.fitsRequest ? `Fits ${A_REQUEST[request]}` : `Does not fit ${A_REQUEST[request]}`;
}

export type LineVerdict = 'approvable' | 'refer' | 'waits' | 'with_case' | 'out_of_scope';

/** Where a line goes, from its action and the case's outcome. */
export function lineVerdict(code: CodeFinding, d: Pick<Determination, 'outcome'>): LineVerdict {
  if (code.action === 'approvable') return 'approvable';
  if (d.outcome === 'out_of_scope') return 'out_of_scope';
  // The line itself stands in the way: not listed on the fee schedule, or not fitting the request.
  if (code.finding !== 'covered' || code.fitsRequest === false) return 'refer';
  if (d.outcome === 'incomplete') return 'waits';
  return 'with_case';
}

export const LINE_VERDICT_WORDS: Readonly<Record<LineVerdict, string>> = {
  approvable: 'A nurse may approve this line',
  refer: 'Refer this line to a medical director',
  waits:
    'Waits for the review: a nurse may approve it once the request meets criteria, if the line fits the request',
  with_case: 'Goes to a medical director with the case',
  out_of_scope: 'Not decided under this policy: the request is outside its criteria',
};

/** The words a provider's office reads: what the plan does with the line, never an approval. */
export const PROVIDER_LINE_VERDICT_WORDS: Readonly<Record<LineVerdict, string>> = {
  approvable:
    'Nothing in the policy stands in the way of this line (listing does not guarantee coverage)',
  refer: 'The plan’s medical director reviews this line',
  waits: 'Decided with the rest of the request',
  with_case: 'The plan’s medical director reviews it with the request',
  out_of_scope: 'Not decided under this policy',
};
