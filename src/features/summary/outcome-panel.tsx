import { cn } from '../../components/ui/cn';
import { outcomeMeaning, type Determination, type Reasons } from '../../engine';
import {
  REFERRALS,
  TRIAL_WAIVER_MARK,
  TRIAL_WAIVER_NOTE,
  TRIAL_WAIVER_REASONS,
} from '../../policy';
import { OUTCOME_TONES, outcomeLabel, Warnings } from '../shared';

/** The outcome in words and what it means: who may do what next. Carries data-outcome. */
export function OutcomePanel({
  determination: d,
  waiverRequest,
}: {
  readonly determination: Determination;
  /** The trial waiver request and what it means for this case, when one is recorded. */
  readonly waiverRequest: Reasons['waiverRequest'];
}) {
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
      <p className="mt-1 text-xl font-bold print:text-[13pt]">{outcomeLabel(d, 'reviewer')}</p>
      <Warnings warnings={d.warnings} />
      <p className="mt-2">{outcomeMeaning(d)}</p>
      <p className="mt-2 text-sm text-muted print:text-ink">{d.reason}</p>
      {d.referral ? <p className="mt-2 text-sm">{REFERRALS[d.referral].text}</p> : null}
      {waiverRequest ? (
        <div className="mt-3 border-t border-current/20 pt-2 text-sm">
          <h3 className="font-semibold">Trial waiver request (Note to II)</h3>
          <p>
            Grounds:{' '}
            <strong>{waiverRequest.grounds.map((g) => TRIAL_WAIVER_REASONS[g]).join('; ')}</strong>.
          </p>
          <p className="mt-1">{waiverRequest.sentence}</p>
          <p className="mt-1 text-muted print:text-ink">
            {TRIAL_WAIVER_MARK}Note: <q>{TRIAL_WAIVER_NOTE}</q>
          </p>
        </div>
      ) : null}
    </section>
  );
}
