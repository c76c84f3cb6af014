import { useSyncExternalStore } from 'react';

// The service worker tells us when a new version of the app is ready; the reviewer decides when
// to take it, so a page is never replaced under their hands.

type Apply = () => Promise<void>;

let apply: Apply | undefined;
const listeners = new Set<() => void>();

export function announceUpdate(applyUpdate: Apply): void {
  apply = applyUpdate;
  for (const listener of listeners) listener();
}

export function dismissUpdate(): void {
  apply = undefined;
  for (const listener of listeners) listener();
}

export function applyUpdate(): void {
  void apply?.();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => apply !== undefined,
    () => false,
  );
}
