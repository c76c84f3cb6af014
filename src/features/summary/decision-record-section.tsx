import {
  FIELD_LABELS,
  MEDICAL_DIRECTOR_DECISION_LABELS,
  MEDICAL_DIRECTOR_DECISIONS,
  NURSE_ACTION_LABELS,
  timeliness,
  type CaseFile,
  type Determination,
} from '../../engine';
import { Field, NotRecorded } from './summary-field';
import { formatDateTime, linesToRefer, needsMedicalDirector } from '../shared';
import { formatDate } from './summary-text';

/** A line to write on, where the medical director's answer is not yet recorded. */
function Blank({ label }: { readonly label: string }) {
  return (
    <span className="inline-block w-full min-w-32 border-b border-ink align-bottom">
      <span className="sr-only">{label}: not yet recorded</span>&nbsp;
    </span>
  );
}

export interface DecisionRecordSectionProps {
  readonly review: CaseFile;
  readonly determination: Determination;
}

/**
 * What was decided, for the chart: the nurse's action, the plan's reference number, who
 * completed the review and when, against the due-by; and for a referral, the medical director's
 * block, filled in or printed as lines to fill in.
 */
export function DecisionRecordSection({ review, determination: d }: DecisionRecordSectionProps) {
  const action = review.nurseAction;
  const md = review.medicalDirector;
  const onTime = timeliness(review.completedAt, d.dueBy);
  const referral = needsMedicalDirector(d) || action?.action === 'referred';
  const lines = linesToRefer(d);
  const by = [review.completedBy?.name, review.completedBy?.credentials]
    .filter((p) => p?.trim())
    .join(', ');
  return (
    <section aria-labelledby="summary-decision" className="summary-block summary-decision">
      <h2 id="summary-decision" className="summary-h2">
        Decision
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-4 print:gap-y-1">
        <Field term={FIELD_LABELS['nurseAction.action']}>
          {action?.action ? (
            <strong data-nurse-action={action.action}>{NURSE_ACTION_LABELS[action.action]}</strong>
          ) : (
            <NotRecorded />
          )}
        </Field>
        {action?.action === 'pended' ? (
          <>
            <Field term="Information requested">
              {action.informationRequested?.trim() ? action.informationRequested : <NotRecorded />}
            </Field>
            <Field term="Requested from, on, to be sent by">
              {[
                action.requestedFrom?.trim() || 'whom not recorded',
                action.pendedOn ? formatDate(action.pendedOn) : 'date not recorded',
                action.respondBy ? formatDate(action.respondBy) : 'no date set',
              ].join('; ')}
            </Field>
          </>
        ) : null}
        {action?.action === 'referred' ? (
          <Field term="Referred to a medical director">
            {action.referredAt ? formatDateTime(action.referredAt) : <NotRecorded />}
          </Field>
        ) : null}
        <Field term={FIELD_LABELS.authorizationNumber}>
          {review.authorizationNumber?.trim() ? review.authorizationNumber : <NotRecorded />}
        </Field>
        <Field term="Completed by">{by ? by : <NotRecorded />}</Field>
        <Field term="Completed">
          {review.completedAt ? (
            <>
              {formatDateTime(review.completedAt)}
              {onTime === 'on_time' ? ' (by the due-by)' : null}
              {onTime === 'late' ? (
                <strong>
                  {' '}
                  (after the due-by: a late decision is itself an adverse determination, 42 CFR
                  438.404(c)(5))
                </strong>
              ) : null}
            </>
          ) : (
            <NotRecorded />
          )}
        </Field>
      </dl>
      {referral ? (
        <div
          data-medical-director=""
          className="mt-3 rounded-md border border-review p-3 print:break-inside-avoid"
        >
          <h3 className="font-semibold">Medical director</h3>
          {lines.length > 0 ? (
            <p className="text-sm">Lines a nurse cannot approve: {lines.join(', ')}.</p>
          ) : null}
          <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-3 print:grid-cols-3 print:gap-y-1">
            <div>
              <dt className="text-xs font-semibold text-muted">Decision</dt>
              <dd>
                {md?.decision ? (
                  <strong>{MEDICAL_DIRECTOR_DECISION_LABELS[md.decision]}</strong>
                ) : (
                  MEDICAL_DIRECTOR_DECISIONS.map((decision) => (
                    <span key={decision} className="mr-3 inline-block">
                      ☐ {MEDICAL_DIRECTOR_DECISION_LABELS[decision]}
                    </span>
                  ))
                )}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-semibold text-muted">Name and credentials</dt>
              <dd>
                {md?.name?.trim() || md?.credentials?.trim() ? (
                  [md.name, md.credentials].filter((p) => p?.trim()).join(', ')
                ) : (
                  <Blank label="Name and credentials" />
                )}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-semibold text-muted">Date and time</dt>
              <dd>
                {md?.decidedAt ? formatDateTime(md.decidedAt) : <Blank label="Date and time" />}
              </dd>
            </div>
            <div className="sm:col-span-3 print:col-span-3">
              <dt className="text-xs font-semibold text-muted">Rationale</dt>
              <dd className="whitespace-pre-wrap">
                {md?.rationale?.trim() ? (
                  md.rationale
                ) : (
                  <>
                    <Blank label="Rationale" />
                    <span className="mt-5 block border-b border-ink" aria-hidden="true" />
                  </>
                )}
              </dd>
            </div>
          </dl>
        </div>
      ) : null}
    </section>
  );
}
