import { RouterProvider } from '@tanstack/react-router';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './features/app-update';
import { router } from './router';
import './styles.css';
import { installTrustedTypesPolicy } from './trusted-types';

installTrustedTypesPolicy();

const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  // As a transition, React yields to the browser between components instead of holding the main
  // thread for the whole page.
  const render = () =>
    startTransition(() => {
      reactRoot.render(
        <StrictMode>
          <RouterProvider router={router} />
        </StrictMode>,
      );
    });
  // The page's own code (a wizard step, the summary) loads while the boot screen is showing, so
  // React draws the page whole, once, rather than a frame first and the page a moment later. A
  // route that fails to load is the router's to show, so the app renders either way.
  // router.load() starts in a task of its own: matching the address and starting the route's
  // code on its way, after the modules above have run, rather than in the same long task.
  setTimeout(() => void router.load().then(render, render), 0);
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void registerServiceWorker();
}
