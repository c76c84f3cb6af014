import { useSearch } from '@tanstack/react-router';
import type { CodeFindingKind, Outcome } from '../../engine';

/** Who is using the wizard: a plan's nurse reviewer, or a provider's office checking a request. */
export type Mode = 'reviewer' | 'provider';

export function useMode(): Mode {
  const search = useSearch({ strict: false });
  return search.mode === 'provider' ? 'provider' : 'reviewer';
}

/** A provider's office gets decision support, never a coverage decision: no word of approval. */
export const PROVIDER_OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  out_of_scope: 'Another policy applies',
  not_met: 'The record shows a criterion not met',
  incomplete: 'Documentation still needed',
  medical_director_review: 'Trial waiver: a medical director decides',
  meets_criteria: 'Nothing missing: the record documents every criterion',
};

export const PROVIDER_ITEM_PROMPT = 'Does the record document this?';

export const PROVIDER_ANSWER_KEY =
  'Met: the record documents it. Not met: the record shows otherwise. Not documented: it is not in the record.';

/** The words before the decision's due-by, wherever it is shown. */
export const DUE_BY_WORDS: Readonly<Record<Mode, string>> = {
  reviewer: 'Decision due by',
  provider: 'The plan’s decision is due by',
};

export const PROVIDER_DISCLAIMER = 'Decision support only: not a coverage determination.';

/**
 * A code's finding in an office's words: what the policy lists, not a coverage decision. The plan
 * decides coverage when it reviews the request.
 */
export const PROVIDER_CODE_FINDING_LABELS: Readonly<Record<CodeFindingKind, string>> = {
  covered: 'Listed in the policy (on the fee schedule)',
  not_covered: 'Not listed as covered by the policy: not on the fee schedule, member is 21 or over',
  under21_review:
    'Listed, not on the fee schedule: the plan reviews medical necessity, member under 21',
  age_unknown:
    'Listed, not on the fee schedule: enter the member’s date of birth (under 21 the plan reviews medical necessity; at 21 or over it is not listed as covered)',
  unlisted: 'Not in this policy’s code table',
};
