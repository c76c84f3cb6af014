import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { config } from 'zod/mini';
import { announceUpdate } from './features/app-update';
import { router } from './router';
import './styles.css';
import { installTrustedTypesPolicy } from './trusted-types';

installTrustedTypesPolicy();

// The Content-Security-Policy forbids evaluating strings as code. zod/mini never compiles
// validators; this keeps any zod build that could from trying.
config({ jitless: true });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => announceUpdate(() => updateServiceWorker(true)),
  });
}
