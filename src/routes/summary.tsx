import { createRoute } from '@tanstack/react-router';
import { SummaryPage } from '../features/summary';
import { rootRoute } from './root';

export const summaryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'summary',
  component: SummaryPage,
});
