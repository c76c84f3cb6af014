import { useParams, useSearch } from '@tanstack/react-router';
import { isItemId } from '../../policy';
import { StepPage } from './step-page';
import { isStepId } from '../shared';

/** The /review/$step page: the route has already checked the step and the ?focus= item. */
export function StepRoutePage() {
  const { step } = useParams({ from: '/review/$step' });
  const { focus } = useSearch({ from: '/review/$step' });
  return isStepId(step) ? (
    <StepPage step={step} focus={focus !== undefined && isItemId(focus) ? focus : undefined} />
  ) : null;
}
