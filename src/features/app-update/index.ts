import { lazy } from 'react';

// Both load after the first page has started: neither is needed to draw it.
export const LazyUpdateBanner = lazy(() =>
  import('./update-banner').then(({ UpdateBanner }) => ({ default: UpdateBanner })),
);

export async function registerServiceWorker(): Promise<void> {
  const { registerServiceWorker: register } = await import('./register');
  register();
}
