import { Link, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, buttonVariants } from '../../components/ui/button';
import { determine } from '../../engine';
import { setReviewStatus, StorageWarning, useReview, useReviewStarted } from '../case-file';
import { ProviderChecklist, useMode } from '../shared';
import { SummaryPage } from './summary-page';

/**
 * The /summary page, full unless ?view=short. A provider's office gets its checklist of what to
 * attach instead: decision support, never a determination.
 */
export function SummaryRoutePage() {
  const { view } = useSearch({ from: '/summary' });
  const mode = useMode();
  const started = useReviewStarted();
  return (
    <>
      <StorageWarning />
      {!started ? (
        <NothingToSummarise />
      ) : mode === 'provider' ? (
        <ProviderSummary />
      ) : (
        <SummaryPage view={view ?? 'full'} />
      )}
    </>
  );
}

/**
 * Before anything is answered or recorded there is nothing to summarise: not a page of "Not
 * recorded" that could be printed, completed and signed, but the way to start.
 */
function NothingToSummarise() {
  const provider = useMode() === 'provider';
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8">
      <h1 className="text-2xl font-bold">
        {provider ? 'Nothing to check yet' : 'Nothing to summarise yet'}
      </h1>
      <p>
        {provider
          ? 'No self-check has been started in this tab: nothing is answered or recorded, so there is no checklist of what to send yet.'
          : 'No review has been started in this tab: nothing is answered or recorded, so there is no determination to summarise or print yet.'}
      </p>
      <div>
        <Link
          to="/review/$step"
          params={{ step: 'request' }}
          search={{ mode: provider ? 'provider' : undefined }}
          className={buttonVariants({ variant: 'primary' })}
        >
          {provider ? 'Start a provider self-check' : 'Start a review'}
        </Link>
      </div>
    </main>
  );
}

function ProviderSummary() {
  const review = useReview();
  const determination = useMemo(() => determine(review), [review]);
  const [amended, setAmended] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The button is gone once the review is amended: the message that says so takes focus.
    if (amended) status.current?.focus();
  }, [amended]);
  const completed = review.status === 'completed';
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold print:hidden">Provider self-check: what to send</h1>
      {completed || amended ? (
        // The wizard sends a completed review here to be amended: the way on is on this page too.
        <div className="mb-4 flex flex-wrap items-center gap-3 rounded-md border border-review bg-review-soft p-2 text-sm print:hidden">
          <p role="status" ref={status} tabIndex={-1}>
            {completed
              ? 'This review is completed and opens read-only until someone chooses to amend it.'
              : 'This review is being amended: its answers can be changed again in the steps.'}
          </p>
          {completed ? (
            <Button
              variant="secondary"
              onClick={() => {
                setReviewStatus('amended');
                setAmended(true);
              }}
            >
              Amend review
            </Button>
          ) : null}
        </div>
      ) : null}
      <ProviderChecklist review={review} determination={determination} />
    </main>
  );
}
