import { registerSW } from 'virtual:pwa-register';
import { announceUpdate } from './update-store';

/** Registers the service worker; a new version waits for the reviewer's word (see UpdateBanner). */
export function registerServiceWorker(): void {
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => announceUpdate(() => updateServiceWorker(true)),
  });
}
