import { createRoute, lazyRouteComponent, notFound, redirect } from '@tanstack/react-router';
import { isStepId } from '../features/shared';
import { rootRoute } from './root';
import { ITEM_ID_PATTERN } from './search-params';

export const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'review',
  // The wizard (the form library, the engine) loads with the first step, not with the home page.
  component: lazyRouteComponent(() => import('../features/review'), 'WizardLayout'),
  // A new review gets today's review date before the wizard draws it. Only on entering the
  // wizard: a review date the reviewer has cleared stays cleared while they work. Code that fails
  // to load is the component's to report (it reloads the page once), so it is not an error here.
  loader: () => import('../features/review').then(({ openReview }) => openReview(), noop),
  shouldReload: ({ cause }) => cause === 'enter',
});

function noop(): void {}

export const reviewIndexRoute = createRoute({
  getParentRoute: () => reviewRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/review/$step', params: { step: 'request' } });
  },
});

// ?focus= names a question to land on; anything but an item ID is ignored.
function stepSearch(search: { focus?: unknown }): { focus?: string } {
  const focus = search.focus;
  return { focus: typeof focus === 'string' && ITEM_ID_PATTERN.test(focus) ? focus : undefined };
}

export const stepRoute = createRoute({
  getParentRoute: () => reviewRoute,
  path: '$step',
  validateSearch: stepSearch,
  beforeLoad: ({ params }) => {
    if (!isStepId(params.step)) throw notFound();
  },
  component: lazyRouteComponent(() => import('../features/review'), 'StepRoutePage'),
});
