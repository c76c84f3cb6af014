import type { ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { cn } from '../../components/ui/cn';
import { MARGIN_BOX_STYLE, usePageStylesheet } from '../../components/ui/use-page-stylesheet';
import {
  DOCUMENTATION_FOR,
  FIELD_LABELS,
  reasonsFor,
  standingOf,
  WHAT_TO_SHOW,
  type Answer,
  type CaseFile,
  type Determination,
} from '../../engine';
import {
  ITEM_BY_ID,
  POLICY,
  REFERRALS,
  TRIAL_WAIVER_REASONS,
  WAIVED_BY_TRIAL_WAIVER,
  type ItemId,
} from '../../policy';
import { DRUG_LABELS, INDICATION_LABELS, REQUEST_LABELS } from './labels';
import { A_REQUEST } from './code-lines';
import { OUTCOME_TONES } from './outcome-tones';
import { PROVIDER_CODE_FINDING_LABELS, PROVIDER_DISCLAIMER } from './mode';
import { outcomeLabel } from './outcome-label';

/** An answer in the record's terms: what an office can check against its own chart. */
export function recordTerm(answer: Answer | null): string {
  if (answer === null) return 'Not answered yet';
  switch (standingOf(answer)) {
    case 'satisfies':
      return 'Documented';
    case 'fails':
      return 'The record shows otherwise';
    case 'undocumented':
      return 'Not in the record';
    default:
      return 'Not in the record';
  }
}

/** An item as the office must show it: a contraindication turned round into what to show. */
export function itemToShow(id: ItemId): string {
  return WHAT_TO_SHOW[id] ?? ITEM_BY_ID[id].text;
}

/** The requested codes to warn of: not on the fee schedule, unlisted, or not fitting the request. */
function codeWarnings(d: Determination): { code: string; warning: string }[] {
  return d.codes.flatMap((line) => {
    const warnings = [
      line.finding === 'covered' ? undefined : PROVIDER_CODE_FINDING_LABELS[line.finding],
      line.fitsRequest === false && d.request !== null
        ? `does not fit ${A_REQUEST[d.request]}, as entered`
        : undefined,
    ].filter((w): w is string => w !== undefined);
    return warnings.length > 0 ? [{ code: line.code, warning: warnings.join('; ') }] : [];
  });
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A calendar date (YYYY-MM-DD) in words: "November 24, 2026". */
function calendarDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${Number(m[3])}, ${m[1]}` : iso;
}

// On paper, every page of the checklist carries the mark and its page number, in the page margins
// (Chromium prints @page margin boxes). Fixed words only: nothing typed reaches the stylesheet.
const PAGE_CSS = `@page {
  margin: 14mm 13mm 16mm 13mm;
  @bottom-left { content: "${POLICY.number} provider self-check. ${PROVIDER_DISCLAIMER}"; ${MARGIN_BOX_STYLE} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${MARGIN_BOX_STYLE} }
}`;

/** The parts entered, joined; "Not entered" when there are none. */
function entered(...parts: readonly (string | undefined)[]): string {
  const given = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
  return given.length > 0 ? given.join(' · ') : 'Not entered';
}

function Field({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{term}:</dt> <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** The request the checklist goes with, so that on paper it stands on its own. */
function ChecklistRequest({ review, determination: d }: ProviderChecklistProps) {
  const memberId = review.member?.id?.trim();
  const npi = review.provider?.npi?.trim();
  const preparedBy = review.reviewer?.name?.trim();
  return (
    <dl className="grid gap-x-6 gap-y-1 rounded-md border border-line bg-white p-3 text-sm sm:grid-cols-2 print:grid-cols-2">
      <Field term="Policy">
        {POLICY.number} {POLICY.title}, revision {POLICY.revision}, effective {POLICY.effective}
      </Field>
      <Field term="Date checked">
        {calendarDate(d.reviewDate)}
        {d.reviewDateSource === 'today' ? ' (today)' : ''}
      </Field>
      <Field term="Member">
        {entered(review.member?.name, memberId ? `Member ID ${memberId}` : undefined)}
      </Field>
      <Field term={FIELD_LABELS['provider.name']}>
        {entered(review.provider?.name, npi ? `NPI ${npi}` : undefined)}
      </Field>
      <Field term="Request">
        {review.request ? REQUEST_LABELS[review.request] : 'Request type not chosen'}
      </Field>
      <Field term="Indication">
        {review.indication ? INDICATION_LABELS[review.indication] : 'Not chosen'}
      </Field>
      <Field term="Drug">{review.drug ? DRUG_LABELS[review.drug] : 'Not chosen'}</Field>
      {d.codes.length > 0 ? (
        <Field term="Requested codes">{d.codes.map((c) => c.code).join(', ')}</Field>
      ) : null}
      {d.trialWaiver && d.trialWaiver.length > 0 ? (
        <Field term="Trial waiver requested (Note to II)">
          {d.trialWaiver.map((g) => TRIAL_WAIVER_REASONS[g]).join('; ')}
        </Field>
      ) : null}
      {preparedBy ? <Field term="Prepared by">{preparedBy}</Field> : null}
    </dl>
  );
}

export interface ProviderChecklistProps {
  readonly review: CaseFile;
  readonly determination: Determination;
}

/**
 * Where a provider's self-check ends: not a determination, but what the request still needs,
 * item by item, with the documentation to attach. Printable, to send with the request: it names
 * the request it goes with, and on paper it is the whole page.
 */
export function ProviderChecklist({ review, determination }: ProviderChecklistProps) {
  const d = determination;
  const reasons = reasonsFor(review, d);
  // "Not documented" is what the record lacks; a question left unanswered is this check's own
  // unfinished work, and says nothing of the record yet.
  const notDocumented = reasons.notDocumented;
  const unanswered = reasons.unanswered;
  usePageStylesheet(PAGE_CSS);
  const nothingMissing = d.outcome === 'meets_criteria' || d.outcome === 'medical_director_review';
  const warnings = codeWarnings(d);
  // Out of scope, nothing is asked under this policy; otherwise every item the request needs.
  const packet = d.outcome === 'out_of_scope' ? [] : d.items.filter((item) => item.required);
  return (
    <section
      aria-labelledby="checklist-title"
      data-outcome={d.outcome}
      data-provider-checklist=""
      className={cn(
        'flex flex-col gap-4 rounded-lg border-2 p-4 print:break-inside-auto',
        OUTCOME_TONES[d.outcome],
      )}
    >
      <header className="flex flex-col gap-2">
        <div>
          <h2 id="checklist-title" className="text-xl font-bold">
            What the request needs
          </h2>
          <p className="mt-1 font-semibold">{PROVIDER_DISCLAIMER}</p>
        </div>
        <ChecklistRequest review={review} determination={d} />
        <p className="text-sm">
          {outcomeLabel(d, 'provider')}. The health plan makes the decision when it reviews the
          request.
        </p>
      </header>

      {d.outcome === 'out_of_scope' ? (
        <p>
          This request is not reviewed under this policy’s criteria.{' '}
          {d.referral ? REFERRALS[d.referral].text : d.reason}
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
          <h3 className="font-semibold">The record shows otherwise ({reasons.failing.length})</h3>
          <p className="text-sm">
            As documented, the request does not meet these. If the record is incomplete, attach what
            shows otherwise.
          </p>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {reasons.failing.map((r) => (
              <li key={r.id} className="rounded-md border border-line bg-white p-2">
                <span className="font-mono font-semibold">{r.id}</span> {itemToShow(r.id)}.{' '}
                <span className="font-semibold">Attach:</span> {r.documentation}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {notDocumented.length > 0 ? (
        <div>
          <h3 className="font-semibold">Not in the record: attach ({notDocumented.length})</h3>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {notDocumented.map((r) => (
              <li key={r.id} className="flex gap-2 rounded-md border border-line bg-white p-2">
                <span
                  aria-hidden="true"
                  className="mt-0.5 inline-block size-4 shrink-0 border border-ink"
                />
                <span>
                  <span className="font-mono font-semibold">{r.id}</span> {itemToShow(r.id)}.{' '}
                  <span className="font-semibold">Attach:</span> {r.documentation}.
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {unanswered.length > 0 ? (
        <div>
          <h3 className="font-semibold">Not answered yet in this check ({unanswered.length})</h3>
          <p className="text-sm">
            Answer these from the record before sending the request: each may need documentation.
          </p>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {unanswered.map((r) => (
              <li key={r.id} className="rounded-md border border-dashed border-line bg-white p-2">
                <span className="font-mono font-semibold">{r.id}</span> {ITEM_BY_ID[r.id].text}. If
                the record does not show it, attach {r.documentation}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {nothingMissing ? (
        <p className="text-sm">
          {d.outcome === 'medical_director_review'
            ? `The record, as answered here, documents every criterion the policy asks of this request but the trial’s result (${WAIVED_BY_TRIAL_WAIVER}), for which a trial waiver is requested: the plan’s medical director decides that request.`
            : 'The record, as answered here, documents every criterion the policy asks of this request.'}{' '}
          Send the documentation for each of them with the request.
        </p>
      ) : null}

      {warnings.length > 0 ? (
        <div>
          <h3 className="font-semibold">Codes to check ({warnings.length})</h3>
          <ul className="mt-1 list-disc pl-5 text-sm" data-code-warnings="">
            {warnings.map((w) => (
              <li key={w.code}>
                <span className="font-mono font-semibold">{w.code}</span>: {w.warning}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {packet.length > 0 ? (
        <div>
          <h3 className="font-semibold">
            The full packet: what to attach for every item ({packet.length})
          </h3>
          <p className="text-sm">
            Every item the policy asks of this request, as your record stands, and what shows it.
          </p>
          <table className="mt-2 w-full border-collapse bg-white text-left text-sm" data-packet="">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-1">
                  Item
                </th>
                <th scope="col" className="p-1">
                  The record
                </th>
                <th scope="col" className="p-1">
                  Attach
                </th>
              </tr>
            </thead>
            <tbody>
              {packet.map((item) => (
                <tr key={item.id} className="border-b border-line align-top">
                  <th scope="row" className="p-1 font-normal">
                    <span className="font-mono font-semibold">{item.id}</span> {itemToShow(item.id)}
                  </th>
                  <td className="p-1">{recordTerm(item.answer)}</td>
                  <td className="p-1">{DOCUMENTATION_FOR[item.id]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <div className="print:hidden">
        <Button onClick={() => window.print()}>Print this checklist</Button>
      </div>
    </section>
  );
}
