import { createBrowserHistory, RouterProvider } from '@tanstack/react-router';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './features/app-update';
import { nextTask } from './next-task';
import { createAppRouter } from './router';
import './styles.css';
import { installTrustedTypesPolicy } from './trusted-types';

installTrustedTypesPolicy();

/**
 * Starts the app in short tasks rather than one long one, so the page answers input between
 * them: React's root; the tab's history (it reads the address and marks the entry); the router;
 * matching the address, which starts the page's own code (a wizard step, the summary) loading
 * while the boot screen shows; then the page, drawn once its code is in, rather than a frame
 * first and the page a moment later (a wizard step's questions follow its heading on a first
 * load: see step-page.tsx). A route that fails to load is the router's to show, so the page is
 * drawn either way.
 */
async function start(container: HTMLElement): Promise<void> {
  await nextTask();
  const reactRoot = createRoot(container);
  await nextTask();
  const history = createBrowserHistory();
  await nextTask();
  const router = createAppRouter(history);
  await nextTask();
  await router.load().catch(() => undefined);
  await nextTask();
  // As a transition, React yields to the browser between components instead of holding the main
  // thread for the whole page.
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    );
  });
}

const root = document.getElementById('root');
if (root) void start(root);

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void registerServiceWorker();
}
