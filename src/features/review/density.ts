import { useSyncExternalStore } from 'react';

/**
 * How the questions are laid out: roomy cards for a first review, or compact rows, one per item,
 * for a reviewer who knows the policy. Chosen once and kept for the tab (session storage), like
 * the review itself. Phones and narrow windows always get the roomy cards (the compact row needs
 * a wide screen).
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

// The choice is offered from this width up (the toggle's `md:`, density-toggle.tsx). Below it, on
// a phone or in a narrow window, the cards are shown whatever was chosen, so that a note is never
// hidden behind a layout the reviewer cannot see to change.
const WIDE_ENOUGH = '(min-width: 48rem)';

// One query for the page's lifetime: asking the browser for a new one on every drawing of every
// question that reads the layout costs more than the drawing.
let width: MediaQueryList | undefined;

function widthQuery(): MediaQueryList | undefined {
  width ??= window.matchMedia?.(WIDE_ENOUGH);
  return width;
}

function wideEnough(): boolean {
  return widthQuery()?.matches ?? true;
}

function shownDensity(): Density {
  return wideEnough() ? getDensity() : 'roomy';
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const query = widthQuery();
  query?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    query?.removeEventListener('change', listener);
  };
}

/** The layout of the questions as shown: the one chosen, where the window is wide enough. */
export function useDensity(): Density {
  return useSyncExternalStore(subscribe, shownDensity, shownDensity);
}
