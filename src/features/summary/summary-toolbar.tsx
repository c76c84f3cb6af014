import { Link } from '@tanstack/react-router';
import { Button, buttonVariants } from '../../components/ui/button';
import { RadioGroup, type RadioOption } from '../../components/ui/radio-group';
import type { Determination, ReviewStatus } from '../../engine';
import { STEP_TITLES, type StepId, stepOfItem } from '../shared';
import type { SummaryView } from '../shared';

const VIEW_OPTIONS: RadioOption<SummaryView>[] = [
  { value: 'full', label: 'Full summary' },
  { value: 'short', label: 'Short: outcome and reasons' },
];

/** The steps that still need work, in the wizard's order, with how many items each. */
function stepsNeedingWork(d: Determination): { step: StepId; count: number }[] {
  const counts = new Map<StepId, number>();
  if (d.undecided.length > 0) counts.set('request', d.undecided.length);
  for (const id of [...d.failing, ...d.missing]) {
    const step = stepOfItem(id);
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  const order = Object.keys(STEP_TITLES) as StepId[];
  return order.filter((s) => counts.has(s)).map((step) => ({ step, count: counts.get(step) ?? 0 }));
}

export interface SummaryToolbarProps {
  readonly view: SummaryView;
  readonly onViewChange: (view: SummaryView) => void;
  readonly status: ReviewStatus;
  readonly onAmend: () => void;
  readonly determination: Determination;
}

/** On screen only: the length of the summary, print, amend, and the way back to work. */
export function SummaryToolbar({
  view,
  onViewChange,
  status,
  onAmend,
  determination,
}: SummaryToolbarProps) {
  const needsWork = stepsNeedingWork(determination);
  return (
    <div className="summary-screen-only mb-4 flex flex-col gap-3 print:hidden">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <RadioGroup<SummaryView>
          name="summary-view"
          legend="Summary to show and print"
          legendClassName="text-sm"
          options={VIEW_OPTIONS}
          value={view}
          onChange={onViewChange}
          numberKeys
        />
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" onClick={() => window.print()}>
            Print or save as PDF
          </Button>
          {/* Completing is below the toolbar ("Complete review"), where it says what is left. */}
          {status === 'completed' ? (
            <Button variant="secondary" onClick={onAmend}>
              Amend review
            </Button>
          ) : null}
        </div>
      </div>
      {status === 'completed' ? (
        <p role="status" className="rounded-md border border-review bg-review-soft p-2 text-sm">
          This review is completed. It opens read-only until someone chooses{' '}
          <strong>Amend review</strong>.
        </p>
      ) : status === 'amended' ? (
        <p role="status" className="rounded-md border border-line bg-white p-2 text-sm">
          This review was completed and is being amended. Mark it completed again when the changes
          are done.
        </p>
      ) : null}
      <nav aria-label="Back to the review" className="text-sm">
        {needsWork.length > 0 ? (
          <>
            <span className="font-semibold">Needs work: </span>
            <ul className="inline">
              {needsWork.map(({ step, count }, index) => (
                <li key={step} className="inline">
                  {index > 0 ? ', ' : null}
                  <Link
                    to="/review/$step"
                    params={{ step }}
                    search={(prev) => ({ mode: prev.mode })}
                    className="text-brand underline underline-offset-2 hover:no-underline"
                  >
                    {STEP_TITLES[step]} ({count} {count === 1 ? 'item' : 'items'})
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Link
            to="/review/$step"
            params={{ step: 'determination' }}
            search={(prev) => ({ mode: prev.mode })}
            className={buttonVariants({ variant: 'link' })}
          >
            Back to the review
          </Link>
        )}
      </nav>
    </div>
  );
}
