import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The app talks to no other origin. The policy is set in the built page's <meta>; a static host
 * should also send it as a header with `frame-ancestors 'none'` (see README, "Deploying").
 * Only in the build: the dev server injects inline styles for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Trusted Types: no string reaches a script sink; see src/trusted-types.ts.
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    // Offline: a service worker precaches the whole build, so a reviewer on a flaky network keeps
    // working. 'prompt': a new version waits for the reviewer's word instead of replacing the page.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Pain pump review · LA.CP.MP.173',
        short_name: 'Pain pump review',
        description:
          'Step-by-step review of LA.CP.MP.173 Implantable Intrathecal or Epidural Pain Pump.',
        theme_color: '#1e3a5f',
        background_color: '#f8fafc',
        display: 'standalone',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: [
      // React 19 has useSyncExternalStore; the shim's fallback for React 16/17 is dead weight.
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector',
      },
    ],
  },
  // Every browser the app supports preloads modules natively: no polyfill in the first page.
  build: { target: 'es2022', modulePreload: { polyfill: false } },
  preview: { port: 4173, strictPort: false },
});
