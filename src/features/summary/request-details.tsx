import type { ReactNode } from 'react';
import { FIELD_LABELS, type CaseFile, type Determination } from '../../engine';
import { DRUG_LABELS, formatDateTime } from '../shared';
import { Field, NotRecorded } from './summary-field';
import { formatDate, pathLabel, urgencyLabel } from './summary-text';

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
        <Field term={FIELD_LABELS.serviceDate}>
          {d.serviceDate ? formatDate(d.serviceDate) : <NotRecorded />}
        </Field>
        <Field term={FIELD_LABELS['provider.name']}>{orNot(review.provider?.name)}</Field>
        <Field term={FIELD_LABELS['provider.npi']}>{orNot(review.provider?.npi)}</Field>
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
