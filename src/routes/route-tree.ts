import { indexRoute } from './index';
import { reviewIndexRoute, reviewRoute, stepRoute } from './review';
import { rootRoute } from './root';
import { summaryRoute } from './summary';

export const routeTree = rootRoute.addChildren([
  indexRoute,
  reviewRoute.addChildren([reviewIndexRoute, stepRoute]),
  summaryRoute,
]);
