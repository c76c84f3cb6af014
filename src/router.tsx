import { createRouter } from '@tanstack/react-router';
import { routeTree } from './routes/route-tree';

/**
 * The app's router. Made when the app starts, not when this module loads: making it reads the
 * address and writes the history entry, work that the page's start-up gives a task of its own.
 */
export function createAppRouter() {
  // No scroll restoration: it would keep its own record in session storage, which holds the review alone.
  return createRouter({ routeTree, defaultPreload: false, scrollRestoration: false });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
