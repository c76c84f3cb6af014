import { useMemo } from 'react';
import { determine, type CaseFile, type Determination } from '../../engine';
import { useReview } from '../case-file';

export function useDetermination(): { review: CaseFile; determination: Determination } {
  const review = useReview();
  const determination = useMemo(() => determine(review), [review]);
  return { review, determination };
}
