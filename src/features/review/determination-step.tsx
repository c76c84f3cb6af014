import { Link } from '@tanstack/react-router';
import { buttonVariants } from '../../components/ui/button';
import type { CaseFile, Determination } from '../../engine';
import { completeReview, ExportButtons, NewReviewButton } from '../case-file';
import { CompleteReview, LetterSentences } from '../shared';
import { DecisionRecord } from './decision-record';
import { LiveDetermination } from './live-determination';
import { NextSteps } from './next-steps';

export interface DeterminationStepProps {
  readonly review: CaseFile;
  readonly determination: Determination;
  readonly readOnly: boolean;
}

export function DeterminationStep({ review, determination, readOnly }: DeterminationStepProps) {
  return (
    <div className="flex flex-col gap-4">
      <LiveDetermination determination={determination} final />
      <p className="text-sm">
        A nurse reviewer may approve a request that meets criteria. A request that does not meet
        them goes to a medical director: this tool never denies.
      </p>
      <NextSteps determination={determination} />
      <LetterSentences
        review={review}
        determination={determination}
        className="rounded-lg border border-line bg-white p-4"
      />
      <DecisionRecord determination={determination} readOnly={readOnly} />
      {readOnly ? null : (
        <CompleteReview review={review} determination={determination} onComplete={completeReview} />
      )}
      <div className="flex flex-wrap gap-2">
        <Link
          to="/summary"
          search={(prev) => ({ mode: prev.mode })}
          className={buttonVariants({ variant: 'primary' })}
        >
          Open the printable summary
        </Link>
      </div>
      <ExportButtons />
      <div className="print:hidden">
        <NewReviewButton />
      </div>
    </div>
  );
}
