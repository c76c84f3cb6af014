import { OUTCOME_LABELS, type Determination } from '../../engine';
import { POLICY } from '../../policy';
import { PROVIDER_OUTCOME_LABELS, type Mode } from './mode';

/**
 * The outcome in words, as the wizard, the summary and the checklist head it. Two cases need more
 * than the outcome's own label: a request out of scope for which the policy names no other policy
 * (another drug, a pump already in place) is not sent to "another policy", and a review that is
 * incomplete only because questions are unanswered needs the reviewer, not documentation.
 */
export function outcomeLabel(d: Determination, mode: Mode): string {
  const provider = mode === 'provider';
  if (d.outcome === 'out_of_scope' && !d.referral)
    return provider
      ? `Outside ${POLICY.number}’s criteria: no other policy is named`
      : `Out of scope: ${POLICY.number} has no criteria for it and names no other policy`;
  const onlyUnanswered =
    d.outcome === 'incomplete' &&
    d.failing.length === 0 &&
    d.missing.length === d.unanswered.length;
  if (onlyUnanswered)
    return provider ? 'Questions still to answer' : 'Incomplete: questions not answered yet';
  return (provider ? PROVIDER_OUTCOME_LABELS : OUTCOME_LABELS)[d.outcome];
}
