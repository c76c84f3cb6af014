import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './features/app-update';
import { createAppRouter } from './router';
import './styles.css';
import { installTrustedTypesPolicy } from './trusted-types';

installTrustedTypesPolicy();

const router = createAppRouter();
// The page's code loads first, so that the boot screen painted by index.html stays until the page
// replaces it whole, rather than a blank page while a wizard step's code arrives. (Not a top-level
// await: the lazy pages would then wait for this module, and it for them.) A route that fails to
// load is the router's to show, so the page is drawn either way.
void router
  .load()
  .catch(() => undefined)
  .then(() => {
    createRoot(document.getElementById('root') as HTMLElement).render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    );
  });

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void registerServiceWorker();
}
