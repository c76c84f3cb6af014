import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { routeTree } from './routes/route-tree';

/** The app's router, over the tab's history (made first: it reads the address and marks the entry). */
export function createAppRouter(history: RouterHistory) {
  // No scroll restoration: it would keep its own record in session storage, which holds the review alone.
  return createRouter({ routeTree, history, defaultPreload: false, scrollRestoration: false });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
