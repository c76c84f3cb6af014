import { createRoute, notFound, redirect } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { isStepId, StepPage, WizardLayout } from '../features/review';
import { ITEM_IDS } from '../policy';
import { rootRoute } from './root';

export const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'review',
  component: WizardLayout,
});

export const reviewIndexRoute = createRoute({
  getParentRoute: () => reviewRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/review/$step', params: { step: 'request' } });
  },
});

// ?focus= names a question to land on; anything but an item ID is ignored.
const stepSearch = z.object({
  focus: z.catch(z.optional(z.enum(ITEM_IDS)), undefined),
});

export const stepRoute = createRoute({
  getParentRoute: () => reviewRoute,
  path: '$step',
  validateSearch: stepSearch,
  beforeLoad: ({ params }) => {
    if (!isStepId(params.step)) throw notFound();
  },
  component: StepRouteComponent,
});

function StepRouteComponent() {
  const { step } = stepRoute.useParams();
  const { focus } = stepRoute.useSearch();
  return isStepId(step) ? <StepPage step={step} focus={focus} /> : null;
}
