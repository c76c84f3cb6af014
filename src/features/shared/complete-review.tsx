import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import {
  completionProblems,
  formatInZone,
  type CaseFile,
  type CompletionProblem,
  type Determination,
} from '../../engine';
import { stepOfItem } from './steps';

export interface CompleteReviewProps {
  readonly review: CaseFile;
  readonly determination: Determination;
  /** Marks the review completed at the given time (ISO 8601 with offset). */
  readonly onComplete: (completedAt: string) => void;
}

function ProblemItem({ problem }: { readonly problem: CompletionProblem }) {
  if (problem.item === undefined) return <li>{problem.message}</li>;
  return (
    <li>
      <Link
        to="/review/$step"
        params={{ step: stepOfItem(problem.item) }}
        search={(prev) => ({ mode: prev.mode, focus: problem.item })}
        className="text-brand underline underline-offset-2 hover:no-underline"
      >
        {problem.message}
      </Link>
    </li>
  );
}

/**
 * "Complete review": refuses, saying what is left, while the review is not ready (an unanswered
 * item, a failing or not documented answer without a note, no member ID, no action recorded);
 * otherwise asks for confirmation, then marks it completed. A completed review opens read-only.
 */
export function CompleteReview({ review, determination, onComplete }: CompleteReviewProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [problems, setProblems] = useState<readonly CompletionProblem[]>([]);

  const attempt = () => {
    const found = completionProblems(review, determination);
    setProblems(found);
    if (found.length === 0) dialog.current?.showModal();
  };

  const confirm = () => {
    dialog.current?.close();
    onComplete(formatInZone(Date.now()));
  };

  return (
    <div className="flex flex-col gap-2 print:hidden">
      <div>
        <Button variant="primary" onClick={attempt}>
          Complete review
        </Button>
      </div>
      {problems.length > 0 ? (
        <div role="alert" className="rounded-md border-2 border-fail bg-fail-soft p-3 text-sm">
          <p className="font-semibold">
            The review cannot be completed yet; it stays in progress. Still to do:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((problem) => (
              <ProblemItem key={problem.message} problem={problem} />
            ))}
          </ul>
        </div>
      ) : null}
      <ConfirmDialog
        ref={dialog}
        id="complete-review"
        title="Complete this review?"
        keep="Not yet"
        go="Complete review now"
        goVariant="primary"
        onGo={confirm}
      >
        The review is recorded as completed now, and opens read-only. Changing it afterwards means
        amending it.
      </ConfirmDialog>
    </div>
  );
}
