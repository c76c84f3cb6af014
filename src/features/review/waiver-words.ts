import type { Answer } from '../../engine';
import { WAIVED_BY_TRIAL_WAIVER } from '../../policy';

// The Note to II in the reviewer's hands (DESIGN.md, "The Note under II"): the provider asks for
// the trial requirement to be reviewed, a medical director decides, the nurse records the request
// and its grounds. What the request does turns on II.A.1.a, the trial's own result.

export type WaiverCase = 'moot' | 'failed_trial' | 'requested';

/** How a waiver request stands, by the answer to II.A.1.a (null: not answered). */
export function waiverCase(answer: Answer | null | undefined): WaiverCase {
  if (answer === 'met') return 'moot';
  if (answer === 'not_met') return 'failed_trial';
  return 'requested';
}

export const WAIVER_CASES = ['moot', 'failed_trial', 'requested'] as const;

/** When each case holds, in the words of II.A.1.a's answers. */
export const WAIVER_CASE_WHEN: Readonly<Record<WaiverCase, string>> = {
  moot: `${WAIVED_BY_TRIAL_WAIVER} Met`,
  failed_trial: `${WAIVED_BY_TRIAL_WAIVER} Not met`,
  requested: `${WAIVED_BY_TRIAL_WAIVER} Not documented or not answered`,
};

/** What the request does in each case. */
export const WAIVER_CASE_WORDS: Readonly<Record<WaiverCase, string>> = {
  moot: 'the trial was done and succeeded: the request is moot, and the case is judged as if there were none.',
  failed_trial:
    'a trial was done and failed: that is a failing item like any other. The request does not hide it; the reasons name the failed trial and mention the request.',
  requested: `the trial is taken as not done: ${WAIVED_BY_TRIAL_WAIVER} is not required and shows as “trial waiver requested”; every other item is still required, and the request goes to a medical director, who decides it.`,
};
