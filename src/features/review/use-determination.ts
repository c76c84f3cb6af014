import { determine, type CaseFile, type Determination } from '../../engine';
import { useReview } from '../case-file';

// The frame and the step both show the review's determination: worked out once per review.
let last: { review: CaseFile; determination: Determination } | undefined;

export function useDetermination(): { review: CaseFile; determination: Determination } {
  const review = useReview();
  if (last?.review !== review) last = { review, determination: determine(review) };
  return last;
}
