import { createRouter } from '@tanstack/react-router';
import { routeTree } from './routes/route-tree';

// No scroll restoration: it would keep its own record in session storage, which holds the review alone.
export const router = createRouter({ routeTree, defaultPreload: false, scrollRestoration: false });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
