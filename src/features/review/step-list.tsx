import { Link } from '@tanstack/react-router';
import { memo } from 'react';
import { cn } from '../../components/ui/cn';
import type { CaseFile, Determination } from '../../engine';
import {
  applicableSteps,
  type StepId,
  stepState,
  type StepState,
  stepTitle,
  useMode,
} from '../shared';

const STATE_LABELS: Readonly<Record<StepState, string>> = {
  complete: 'complete',
  failing: 'has a failing item',
  unanswered: 'questions still unanswered',
  not_documented: 'answered, something not documented',
  not_started: 'not started',
};

const STATE_MARKS: Readonly<Record<StepState, string>> = {
  complete: '✓',
  failing: '✕',
  unanswered: '…',
  not_documented: '?',
  not_started: '',
};

const STATE_TONES: Readonly<Record<StepState, string>> = {
  complete: 'border-met text-met',
  failing: 'border-fail text-fail',
  unanswered: 'border-line text-ink',
  not_documented: 'border-missing text-missing',
  not_started: 'border-line text-muted',
};

export interface StepListProps {
  readonly current: StepId | undefined;
  readonly review: CaseFile;
  readonly determination: Determination;
}

/** Where the reviewer is, and how each step stands. */
export function StepList({ current, review, determination }: StepListProps) {
  const steps = applicableSteps(review);
  const mode = useMode();
  return (
    <nav aria-label="Review steps" className="print:hidden">
      <ol className="flex flex-wrap gap-x-1 gap-y-2 text-sm lg:flex-col">
        {steps.map((step, index) => {
          const state = stepState(step, review, determination);
          const isCurrent = step === current;
          return (
            <li key={step}>
              <StepLink
                step={step}
                title={stepTitle(step, mode)}
                number={index + 1}
                state={state}
                isCurrent={isCurrent}
              />
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

interface StepLinkProps {
  readonly step: StepId;
  readonly title: string;
  readonly number: number;
  readonly state: StepState;
  readonly isCurrent: boolean;
}

/** One step's link, drawn again only when the step's state changes, not on every answer. */
const StepLink = memo(function StepLink({ step, title, number, state, isCurrent }: StepLinkProps) {
  return (
    <Link
      to="/review/$step"
      params={{ step }}
      search={(prev) => ({ mode: prev.mode })}
      aria-current={isCurrent ? 'step' : undefined}
      className={cn(
        'flex min-h-10 items-center gap-2 rounded-md px-2 py-1 hover:bg-brand-soft',
        isCurrent && 'bg-brand-soft font-bold',
      )}
    >
      <span
        aria-hidden="true"
        className={cn(
          'inline-flex size-6 shrink-0 items-center justify-center rounded-full border-2 text-xs font-bold',
          STATE_TONES[state],
        )}
      >
        {STATE_MARKS[state] || number}
      </span>
      <span>
        {title}
        {step !== 'determination' ? <span className="sr-only">, {STATE_LABELS[state]}</span> : null}
      </span>
    </Link>
  );
});
