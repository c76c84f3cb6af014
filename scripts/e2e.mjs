// `npm run test:e2e`: builds the app, then runs Playwright against `vite preview` in Chromium.
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

if (!findChromium()) {
  console.error(
    'No Chromium found for the end-to-end tests: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

// E2E_DIST lets two runs on one machine build and serve separate copies.
const outDir = process.env.E2E_DIST ?? 'dist';
const built = run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir]);
if (built !== 0) process.exit(built);
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
