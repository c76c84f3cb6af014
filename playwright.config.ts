import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4319);
const browser = findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: browser?.executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
    // Date and time fields take keys in the order of the browser's locale; the tests type US dates.
    locale: 'en-US',
  },
  webServer: {
    // The built app, as it ships, with the headers its `_headers` file asks of a host: run
    // `vite build` first (npm run test:e2e does).
    command: 'node --import tsx e2e/serve-build.ts',
    env: { E2E_PORT: String(PORT), E2E_DIST: process.env.E2E_DIST ?? 'dist' },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
