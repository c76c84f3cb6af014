import { cn } from '../../components/ui/cn';
import {
  OUTCOME_LABELS,
  outcomeMeaning,
  waiverGroundsInWords,
  type Determination,
} from '../../engine';
import { REFERRALS, TRIAL_WAIVER_NOTE, WAIVED_BY_TRIAL_WAIVER } from '../../policy';
import { OUTCOME_TONES } from '../review';

/** The outcome in words and what it means: who may do what next. Carries data-outcome. */
export function OutcomePanel({ determination: d }: { readonly determination: Determination }) {
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
      <p className="mt-2">{outcomeMeaning(d)}</p>
      <p className="mt-2 text-sm text-muted print:text-ink">{d.reason}</p>
      {d.referral ? <p className="mt-2 text-sm">{REFERRALS[d.referral].text}</p> : null}
      {d.trialWaiver ? (
        <div className="mt-3 border-t border-current/20 pt-2 text-sm">
          <h3 className="font-semibold">Trial waiver (Note to II)</h3>
          <p>
            Reason: <strong>{waiverGroundsInWords(d.trialWaiver)}</strong>. With the waiver,{' '}
            {WAIVED_BY_TRIAL_WAIVER} (the trial’s result) is not required; every other item still
            is.
          </p>
          <p className="mt-1 text-muted print:text-ink">
            <q>{TRIAL_WAIVER_NOTE}</q>
          </p>
        </div>
      ) : null}
    </section>
  );
}
