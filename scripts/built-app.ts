// The built app in Chromium, for the scripts that drive it outside the end-to-end tests (the
// screenshots, the answer-latency bench): `vite preview` of a build folder on a free loopback
// port, and the same Chromium and flags as the tests (scripts/browser.mjs).
import { chromium, type Browser } from '@playwright/test';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

export interface BuiltApp {
  readonly browser: Browser;
  readonly baseURL: string;
  /** Closes the browser, then the server. */
  readonly close: () => Promise<void>;
}

/** Serves the build in `dist` and launches Chromium; exits with a one-line message if none. */
export async function openBuiltApp(dist: string): Promise<BuiltApp> {
  const browserPath = findChromium();
  if (!browserPath) {
    console.error(
      'No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: resolve(dist) },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const baseURL = server.resolvedUrls?.local[0];
  if (!baseURL) {
    await server.close();
    throw new Error('vite preview gave no address');
  }
  const browser = await chromium.launch({
    executablePath: browserPath.executablePath,
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    baseURL,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
