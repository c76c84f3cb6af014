import { cn } from '../../components/ui/cn';
import { OUTCOME_LABELS, outcomeMeaning, type Determination } from '../../engine';
import {
  REFERRALS,
  TRIAL_WAIVER_MARK,
  TRIAL_WAIVER_NOTE,
  TRIAL_WAIVER_REASONS,
  WAIVED_BY_TRIAL_WAIVER,
} from '../../policy';
import {
  OUTCOME_TONES,
  SCOPE_WORDS,
  scopeFact,
  WAIVER_CASE_WORDS,
  waiverCase,
  Warnings,
} from '../review';

/** The outcome in words and what it means: who may do what next. Carries data-outcome. */
export function OutcomePanel({ determination: d }: { readonly determination: Determination }) {
  const trial = d.items.find((t) => t.id === WAIVED_BY_TRIAL_WAIVER);
  return (
    <section
      aria-labelledby="summary-outcome"
      data-outcome={d.outcome}
      className={cn(
        'summary-block summary-outcome rounded-lg border-2 p-4',
        OUTCOME_TONES[d.outcome],
      )}
    >
      <h2 id="summary-outcome" className="text-xs font-semibold tracking-wide text-muted uppercase">
        Determination
      </h2>
      <p className="mt-1 text-xl font-bold print:text-[13pt]">{OUTCOME_LABELS[d.outcome]}</p>
      <Warnings warnings={d.warnings} />
      <p className="mt-2">{outcomeMeaning(d)}</p>
      <p className="mt-2 text-sm text-muted print:text-ink">{d.reason}</p>
      {d.outcome === 'out_of_scope' ? (
        <p className="mt-2 text-sm">{SCOPE_WORDS[scopeFact(d)]}</p>
      ) : d.referral ? (
        <p className="mt-2 text-sm">{REFERRALS[d.referral].text}</p>
      ) : null}
      {d.trialWaiver && d.trialWaiver.length > 0 ? (
        <div className="mt-3 border-t border-current/20 pt-2 text-sm">
          <h3 className="font-semibold">Trial waiver request (Note to II)</h3>
          <p>
            Requested by the provider on the grounds of:{' '}
            <strong>{d.trialWaiver.map((g) => TRIAL_WAIVER_REASONS[g]).join('; ')}</strong>. A
            medical director decides it.
          </p>
          <p className="mt-1">
            {WAIVED_BY_TRIAL_WAIVER} answered{' '}
            {trial?.answer === 'met'
              ? 'Met'
              : trial?.answer === 'not_met'
                ? 'Not met'
                : trial?.answer === 'unknown'
                  ? 'Not documented'
                  : 'nothing yet'}
            : {WAIVER_CASE_WORDS[waiverCase(trial?.answer)]}
          </p>
          <p className="mt-1 text-muted print:text-ink">
            {TRIAL_WAIVER_MARK}Note: <q>{TRIAL_WAIVER_NOTE}</q>
          </p>
        </div>
      ) : null}
    </section>
  );
}
