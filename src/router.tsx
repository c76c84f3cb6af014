import { createRouter } from '@tanstack/react-router';
import { routeTree } from './routes/route-tree';

/** The app's router, over the tab's history. */
export function createAppRouter() {
  // No scroll restoration: it would keep its own record in session storage, which holds the review alone.
  return createRouter({ routeTree, defaultPreload: false, scrollRestoration: false });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
