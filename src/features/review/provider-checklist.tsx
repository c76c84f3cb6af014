import { Button } from '../../components/ui/button';
import { cn } from '../../components/ui/cn';
import { reasonsFor, type CaseFile, type Determination } from '../../engine';
import { ITEM_BY_ID, REFERRALS } from '../../policy';
import { OUTCOME_TONES } from './live-determination';
import { PROVIDER_DISCLAIMER, PROVIDER_OUTCOME_LABELS } from './mode';

export interface ProviderChecklistProps {
  readonly review: CaseFile;
  readonly determination: Determination;
}

/**
 * Where a provider's self-check ends: not a determination, but what the request still needs,
 * item by item, with the documentation to attach. Printable, to send with the request.
 */
export function ProviderChecklist({ review, determination }: ProviderChecklistProps) {
  const d = determination;
  const reasons = reasonsFor(review, d);
  const nothingMissing = d.outcome === 'meets_criteria' || d.outcome === 'medical_director_review';
  return (
    <section
      aria-labelledby="checklist-title"
      data-outcome={d.outcome}
      className={cn('flex flex-col gap-4 rounded-lg border-2 p-4', OUTCOME_TONES[d.outcome])}
    >
      <div>
        <h2 id="checklist-title" className="text-xl font-bold">
          What the request needs
        </h2>
        <p className="mt-1 font-semibold">{PROVIDER_DISCLAIMER}</p>
        <p className="mt-1 text-sm">
          {PROVIDER_OUTCOME_LABELS[d.outcome]}. The health plan makes the decision when it reviews
          the request.
        </p>
      </div>

      {d.referral ? (
        <p>
          This request is not reviewed under this policy. {REFERRALS[d.referral].text}
        </p>
      ) : null}

      {reasons.undecided.length > 0 ? (
        <div>
          <h3 className="font-semibold">Say in the request</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {reasons.undecided.map((r) => (
              <li key={r.fact}>{r.documentation}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {reasons.failing.length > 0 ? (
        <div>
          <h3 className="font-semibold">The record shows these criteria as not met ({reasons.failing.length})</h3>
          <p className="text-sm">
            As documented, the request does not meet these. If the record is incomplete, attach what
            shows otherwise.
          </p>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {reasons.failing.map((r) => (
              <li key={r.id} className="rounded-md border border-line bg-white p-2">
                <span className="font-mono font-semibold">{r.id}</span> {ITEM_BY_ID[r.id].text}.{' '}
                <span className="font-semibold">Attach:</span> {r.documentation}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {reasons.missing.length > 0 ? (
        <div>
          <h3 className="font-semibold">Documentation to attach ({reasons.missing.length})</h3>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {reasons.missing.map((r) => (
              <li key={r.id} className="flex gap-2 rounded-md border border-line bg-white p-2">
                <span aria-hidden="true" className="mt-0.5 inline-block size-4 shrink-0 border border-ink" />
                <span>
                  <span className="font-mono font-semibold">{r.id}</span> {ITEM_BY_ID[r.id].text}.{' '}
                  <span className="font-semibold">Attach:</span> {r.documentation}.
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {nothingMissing && !d.referral ? (
        <p className="text-sm">
          The record, as answered here, documents every criterion the policy asks of this request.
          Send the documentation for each of them with the request.
          {d.outcome === 'medical_director_review'
            ? ' The trial waiver is decided by the plan’s medical director.'
            : ''}
        </p>
      ) : null}

      <div>
        <Button onClick={() => window.print()}>Print this checklist</Button>
      </div>
    </section>
  );
}
