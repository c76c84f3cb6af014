import type { Outcome } from '../../engine';

/** Each outcome's colours, the same wherever a determination is shown. */
export const OUTCOME_TONES: Readonly<Record<Outcome, string>> = {
  out_of_scope: 'border-review bg-review-soft',
  not_met: 'border-fail bg-fail-soft',
  incomplete: 'border-missing bg-missing-soft',
  medical_director_review: 'border-review bg-review-soft',
  meets_criteria: 'border-met bg-met-soft',
};
