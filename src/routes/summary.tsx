import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { SUMMARY_VIEWS } from '../features/shared';
import { rootRoute } from './root';
import { oneOf } from './search-params';

// ?view=short prints the outcome and reasons only; anything else falls back to the full summary.
function summarySearch(search: { view?: unknown }): { view?: (typeof SUMMARY_VIEWS)[number] } {
  return { view: oneOf(SUMMARY_VIEWS, search.view) };
}

export const summaryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'summary',
  validateSearch: summarySearch,
  // The summary (and the engine) load when it is opened.
  component: lazyRouteComponent(() => import('../features/summary'), 'SummaryRoutePage'),
});
