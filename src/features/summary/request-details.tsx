import type { ReactNode } from 'react';
import type { CaseFile, Determination } from '../../engine';
import { DRUG_LABELS, formatDateTime } from '../shared';
import { formatDate, pathLabel, urgencyLabel } from './summary-text';

function Field({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold text-muted">{term}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

function NotRecorded() {
  return <span className="text-muted italic">Not recorded</span>;
}

/** What the reviewer entered, isolated (<bdi>) so that its direction never reorders the page around it. */
function orNot(value: string | undefined): ReactNode {
  return value && value.trim() !== '' ? <bdi>{value}</bdi> : <NotRecorded />;
}

export interface RequestDetailsProps {
  readonly review: CaseFile;
  readonly determination: Determination;
}

/** What was asked, for whom, and the clock: the identifiers the reviewer entered. */
export function RequestDetails({ review, determination: d }: RequestDetailsProps) {
  const codes = d.codes.map((c) => c.code);
  return (
    <section aria-labelledby="summary-request" className="summary-block">
      <h2 id="summary-request" className="summary-h2">
        Request
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-3 print:gap-y-1">
        <Field term="Path reviewed">
          {d.outcome === 'out_of_scope'
            ? 'Out of scope (not reviewed under this policy)'
            : pathLabel(review)}
        </Field>
        <Field term="Drug">{review.drug ? DRUG_LABELS[review.drug] : <NotRecorded />}</Field>
        <Field term="Date of birth">
          {review.member?.dateOfBirth ? formatDate(review.member.dateOfBirth) : <NotRecorded />}
        </Field>
        <Field term={d.serviceDate ? 'Age on the date of service' : 'Age on the review date'}>
          {d.memberAge === null ? <NotRecorded /> : `${d.memberAge} years`}
        </Field>
        <Field term="Date of service">
          {d.serviceDate ? formatDate(d.serviceDate) : <NotRecorded />}
        </Field>
        <Field term="Requesting provider">{orNot(review.provider?.name)}</Field>
        <Field term="Provider NPI">{orNot(review.provider?.npi)}</Field>
        <Field term="Requested codes">
          {codes.length > 0 ? codes.join(', ') : <NotRecorded />}
        </Field>
        <Field term="Urgency">{urgencyLabel(review.urgency)}</Field>
        <Field term="Received">
          {review.receivedAt ? formatDateTime(review.receivedAt) : <NotRecorded />}
        </Field>
        <Field term="Decision due by">
          {d.dueBy ? <strong>{formatDateTime(d.dueBy)}</strong> : <NotRecorded />}
        </Field>
        <Field term="Review date">
          {formatDate(d.reviewDate)}
          {d.reviewDateSource === 'today' ? (
            <span className="text-muted"> (today; none recorded)</span>
          ) : null}
        </Field>
        <Field term="Reviewer">{orNot(review.reviewer?.name)}</Field>
      </dl>
    </section>
  );
}
