import { useSyncExternalStore } from 'react';

// The service worker tells us when a new version of the app is ready; the reviewer decides when
// to take it, so a page is never replaced under their hands. Not even from another tab: when a
// reviewer chooses "Update now" in one tab, the new version takes over every tab of the app, and
// a tab whose reviewer chose "Later" (or has not chosen) keeps its page and is told instead.

type Apply = () => Promise<void>;

/**
 * - `idle`: nothing to say; `ready`: a new version waits for the reviewer's word;
 * - `updating`: this tab chose "Update now" and reloads when the new version takes over;
 * - `updated_elsewhere`: the new version took over from another tab; this tab reloads when its
 *   reviewer says so.
 */
export type UpdateState = 'idle' | 'ready' | 'updating' | 'updated_elsewhere';

let state: UpdateState = 'idle';
let apply: Apply | undefined;
const listeners = new Set<() => void>();

function set(next: UpdateState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function announceUpdate(applyUpdate: Apply): void {
  apply = applyUpdate;
  if (state === 'idle') set('ready');
}

/** "Later": the banner goes; the page stays as it is. */
export function dismissUpdate(): void {
  set('idle');
}

/** "Update now": the new version takes over, then this tab reloads (see newVersionInCharge). */
export function applyUpdate(): void {
  set('updating');
  void apply?.();
}

/** The new version now serves this tab: reload only if this tab asked for it. */
export function newVersionInCharge(): void {
  if (state === 'updating') window.location.reload();
  else set('updated_elsewhere');
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => 'idle',
  );
}
