import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { caseFingerprint, determine, formatInZone, reasonsFor } from '../../engine';
import { POLICY } from '../../policy';
import { setReviewStatus, useReview } from '../case-file';
import { formatDateTime } from '../shared';
import { CodeFindingsTable } from './code-findings-table';
import { NotNeededAnswersTable, RequiredItemsTable } from './item-tables';
import { OutcomePanel } from './outcome-panel';
import { PrintRunningHead } from './print-running-head';
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
      <PrintRunningHead member={member} fingerprint={fingerprint} />
      <SummaryToolbar
        view={view}
        onViewChange={setView}
        status={status}
        onComplete={() => setReviewStatus('completed')}
        onAmend={() => setReviewStatus('amended')}
        determination={determination}
      />
      <article
        aria-labelledby="summary-title"
        className="summary-paper rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6"
      >
        <header className="summary-block">
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
        <ReasonsSection reasons={reasons} />
        {full ? (
          <>
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
