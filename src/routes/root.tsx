import {
  createRootRoute,
  lazyRouteComponent,
  Link,
  Outlet,
  retainSearchParams,
} from '@tanstack/react-router';
import { Suspense } from 'react';
import { LazyUpdateBanner } from '../features/app-update';
import { oneOf } from './search-params';

export const MODES = ['reviewer', 'provider'] as const;

// A tampered ?mode= falls back to the reviewer's view instead of failing.
function rootSearch(search: { mode?: unknown }): { mode?: (typeof MODES)[number] } {
  return { mode: oneOf(MODES, search.mode) };
}

function RootLayout() {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        Skip to main content
      </a>
      <Suspense fallback={null}>
        <LazyUpdateBanner />
      </Suspense>
      <header className="border-b border-line bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link
            to="/"
            search={(prev) => ({ mode: prev.mode })}
            className="inline-flex min-h-6 items-center gap-1 font-bold text-brand"
          >
            Pain pump review{' '}
            <span className="font-mono text-sm font-normal text-muted">LA.CP.MP.173</span>
          </Link>
          <nav aria-label="Main" className="flex gap-4 text-sm">
            <Link
              to="/review/$step"
              params={{ step: 'request' }}
              search={(prev) => ({ mode: prev.mode })}
              className="inline-flex min-h-6 items-center underline-offset-2 hover:underline"
            >
              Review
            </Link>
            <Link
              to="/summary"
              search={(prev) => ({ mode: prev.mode })}
              className="inline-flex min-h-6 items-center underline-offset-2 hover:underline"
            >
              Summary
            </Link>
          </nav>
        </div>
      </header>
      <Outlet />
    </>
  );
}

export const rootRoute = createRootRoute({
  validateSearch: rootSearch,
  search: { middlewares: [retainSearchParams(['mode'])] },
  component: RootLayout,
  // Rarely seen, so loaded when needed.
  notFoundComponent: lazyRouteComponent(() => import('./not-found'), 'NotFound'),
});
