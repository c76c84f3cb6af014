import { createRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { SUMMARY_VIEWS, SummaryPage } from '../features/summary';
import { rootRoute } from './root';

// ?view=short prints the outcome and reasons only; anything else falls back to the full summary.
const summarySearch = z.object({
  view: z.catch(z.optional(z.enum(SUMMARY_VIEWS)), undefined),
});

export const summaryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'summary',
  validateSearch: summarySearch,
  component: SummaryRouteComponent,
});

function SummaryRouteComponent() {
  const { view } = summaryRoute.useSearch();
  return <SummaryPage view={view ?? 'full'} />;
}
