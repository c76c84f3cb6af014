import { useSyncExternalStore } from 'react';

/**
 * How the questions are laid out: roomy cards for a first review, or compact rows, one per item,
 * for a reviewer who knows the policy. Chosen once and kept for the tab (session storage), like
 * the review itself. Phones always get the roomy cards (the compact row needs a wide screen).
 */
export type Density = 'roomy' | 'compact';

const DENSITY_KEY = 'la-cp-mp-173.density';

const listeners = new Set<() => void>();

function read(): Density {
  try {
    return window.sessionStorage.getItem(DENSITY_KEY) === 'compact' ? 'compact' : 'roomy';
  } catch {
    // Storage switched off: the roomy layout, as for a first review.
    return 'roomy';
  }
}

let current: Density | undefined;

function getDensity(): Density {
  current ??= read();
  return current;
}

export function setDensity(density: Density): void {
  current = density;
  try {
    window.sessionStorage.setItem(DENSITY_KEY, density);
  } catch {
    // Storage full or switched off: the choice holds for this page's lifetime.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDensity(): Density {
  return useSyncExternalStore(subscribe, getDensity, getDensity);
}
