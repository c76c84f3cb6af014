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

/**
 * Each chunk asks V8 to compile all of its functions while the file loads (an explicit compile
 * hint, read by Chromium 136 and later; to other browsers it is a comment). Nearly every chunk is
 * code that runs as a page opens (React, the router, the wizard, the form, the engine), and most
 * of its functions run then; the rest are small. Compiled up front, on a background thread as
 * the file streams in, those functions no longer stop the page to be compiled on the main thread
 * the first time each one is called. `npm run bench` notes any chunk without the hint.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own additions to the top of a chunk: the hint must come first in the file.
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') file.code = `${COMPILE_HINT}\n${file.code}`;
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    compileHints(),
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
  build: {
    target: 'es2022',
    // Every browser the app supports preloads modules natively. index.html preloads what the first
    // page imports. A lazy page's chunks are not preloaded by script: adding a <link> to the
    // document for each one held the main thread while the page's code loaded. A lazy page's
    // chunks are then fetched level by level, a round trip for each level of its imports (the
    // page's chunk, then the engine and the form library, then zod), on the first visit only:
    // the service worker serves them from its cache on every visit after that.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Code shared by the lazy pages gets chunks of its own, so it is not folded into the
        // first page: the form library loads with the wizard, the engine with whatever needs it.
        // The router and the class-name helpers stay in the entry chunk: the first page needs
        // them whole, and one file compresses better than three.
        codeSplitting: {
          groups: [
            // Taken first, so the groups below do not pull them in as dependencies.
            // React and the policy's name and revision: the first page and every lazy page need
            // them. One file, not two: on a slow link every request before the first paint costs
            // a round trip.
            {
              name: 'shared',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]policy[\\/](policy|index)/,
              priority: 3,
            },
            { name: 'policy', test: /src[\\/]policy[\\/](items|codes)/, priority: 3 },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 2 },
            { name: 'form', test: /node_modules[\\/]react-hook-form[\\/]/, priority: 1 },
            { name: 'engine', test: /src[\\/]engine[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: false },
});
