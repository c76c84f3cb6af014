import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY, formatHeadersFile } from './src/host-headers.ts';

// The content security policy and the headers a host sends live in src/host-headers.ts, with the
// README's samples and the e2e server that apply them.
export { CONTENT_SECURITY_POLICY };

/**
 * The policy goes into the built page's <meta>. Only in the build: the dev server injects inline
 * styles for hot reload. The headers a static host must send go to `dist/_headers`.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: formatHeadersFile() });
    },
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
        // The worker runs under the Content-Security-Policy's Trusted Types too (its response
        // carries the headers), and there `importScripts` of a plain URL is refused: the Workbox
        // runtime goes into sw.js itself, so the worker loads no other script.
        inlineWorkboxRuntime: true,
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
