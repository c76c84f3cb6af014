import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { caseFingerprint, determine, formatInZone, reasonsFor } from '../../engine';
import { POLICY } from '../../policy';
import { completeReview, setReviewStatus, useLeaveWarning, useReview } from '../case-file';
import { CompleteReview, formatDateTime, LetterSentences } from '../shared';
import { DecisionRecordSection } from './decision-record-section';
import { CodeFindingsTable } from './code-findings-table';
import { NotNeededAnswersTable, RequiredItemsTable } from './item-tables';
import { OutcomePanel } from './outcome-panel';
import { DRAFT_HEAD, PrintRunningHead } from './print-running-head';
import { ReasonsSection } from './reasons-section';
import { RequestDetails } from './request-details';
import { SignOff } from './sign-off';
import { REVIEW_STATUS_LABELS } from './summary-text';
import type { SummaryView } from '../shared';
import { SummaryToolbar } from './summary-toolbar';
import './summary.css';

/** The time this copy is printed: when the page was opened, brought up to date as printing starts. */
function usePrintedAt(): number {
  const [printedAt, setPrintedAt] = useState(() => Date.now());
  useEffect(() => {
    const onBeforePrint = () => flushSync(() => setPrintedAt(Date.now()));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  return printedAt;
}

function memberLine(name: string | undefined, id: string | undefined): string {
  const parts = [
    name?.trim() ? name.trim() : undefined,
    id?.trim() ? `Member ID ${id.trim()}` : undefined,
  ];
  const given = parts.filter((p): p is string => p !== undefined);
  return given.length > 0 ? `Member: ${given.join(' · ')}` : 'Member: not recorded';
}

export interface SummaryPageProps {
  readonly view: SummaryView;
}

/**
 * The printable determination summary: made to stand on its own in a chart. Reads the review in
 * progress from this tab's session storage, so it survives a reload.
 */
export function SummaryPage({ view }: SummaryPageProps) {
  const review = useReview();
  const navigate = useNavigate();
  const determination = useMemo(() => determine(review), [review]);
  const reasons = useMemo(() => reasonsFor(review, determination), [review, determination]);
  const fingerprint = useMemo(() => caseFingerprint(review), [review]);
  const printedAt = usePrintedAt();
  const status = review.status ?? 'in_progress';
  const member = memberLine(review.member?.name, review.member?.id);
  const full = view === 'full';
  const draft = status !== 'completed';
  useLeaveWarning();

  useEffect(() => {
    const before = document.title;
    document.title = `Determination summary · ${POLICY.number}`;
    return () => {
      document.title = before;
    };
  }, []);

  const setView = (next: SummaryView) =>
    void navigate({
      to: '/summary',
      search: (prev) => ({ ...prev, view: next === 'full' ? undefined : next }),
      replace: true,
    });

  return (
    <main id="main" className="summary mx-auto max-w-4xl px-4 py-6">
      <PrintRunningHead member={member} fingerprint={fingerprint} draft={draft} />
      <SummaryToolbar
        view={view}
        onViewChange={setView}
        status={status}
        onAmend={() => setReviewStatus('amended')}
        determination={determination}
      />
      {status === 'completed' ? null : (
        <div className="summary-screen-only mb-4">
          <CompleteReview
            review={review}
            determination={determination}
            onComplete={completeReview}
          />
        </div>
      )}
      <article
        aria-labelledby="summary-title"
        className="summary-paper rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6"
      >
        <header className="summary-block">
          {draft ? (
            <p
              data-draft=""
              className="summary-draft mb-2 rounded-md border-2 border-fail px-2 py-1 text-center font-bold tracking-widest text-fail"
            >
              {DRAFT_HEAD}: this review is {REVIEW_STATUS_LABELS[status].toLowerCase()}, not
              completed
            </p>
          ) : null}
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h1 id="summary-title" className="text-2xl font-bold">
              Determination summary{full ? '' : ' (short)'}
            </h1>
            <p className="text-sm">
              Review status: <strong>{REVIEW_STATUS_LABELS[status]}</strong>
            </p>
          </div>
          <p className="mt-1">
            <span className="font-mono font-semibold">{POLICY.number}</span> {POLICY.title}
          </p>
          <p className="text-sm text-muted print:text-ink">
            {POLICY.plan}. Revision {POLICY.revision}, approved {POLICY.approved}, effective{' '}
            {POLICY.effective}.
          </p>
          <p className="mt-1 text-sm font-semibold">
            <bdi>{member}</bdi>
          </p>
        </header>

        <RequestDetails review={review} determination={determination} />
        <OutcomePanel determination={determination} waiverRequest={reasons.waiverRequest} />
        <DecisionRecordSection review={review} determination={determination} />
        <ReasonsSection reasons={reasons} referred={determination.outcome === 'not_met'} />
        {full ? (
          <>
            <LetterSentences
              review={review}
              determination={determination}
              className="summary-block"
              headingClassName="summary-h2"
            />
            <RequiredItemsTable review={review} determination={determination} />
            <CodeFindingsTable determination={determination} />
            <NotNeededAnswersTable review={review} determination={determination} />
          </>
        ) : null}
        <SignOff
          status={status}
          reviewer={review.reviewer?.name}
          printedAt={formatDateTime(formatInZone(printedAt))}
          fingerprint={fingerprint}
        />
      </article>
    </main>
  );
}
