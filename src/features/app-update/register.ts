import { registerSW } from 'virtual:pwa-register';
import { announceUpdate, newVersionInCharge } from './update-store';

/** Registers the service worker; a new version waits for the reviewer's word (see UpdateBanner). */
export function registerServiceWorker(): void {
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => announceUpdate(() => updateServiceWorker(true)),
    // Without this the page reloads whenever the new version takes over, even when the reviewer
    // chose "Later" here and "Update now" in another tab.
    onNeedReload: newVersionInCharge,
  });
}
