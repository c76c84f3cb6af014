// `npm run bench:lighthouse`: Lighthouse on the built app, through its node API (the same audits
// Chrome DevTools and PageSpeed Insights run). The app is built into a temporary folder, each text
// file compressed beside it (brotli and gzip, as a host that compresses ahead of time keeps them),
// and served on 127.0.0.1 with the build's `_headers` by the end-to-end tests' server. Two pages,
// the home page and a wizard step, with Lighthouse's mobile preset (its default: a mid-range phone
// on slow 4G, simulated) and its desktop preset, 3 runs each; the table gives the medians.
// Nothing leaves the machine: Chromium resolves no host but 127.0.0.1.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config } from 'lighthouse';
import { build } from 'vite';
import { serveStatic } from '../e2e/static-server';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';

const RUNS = 3;
const PAGES = { home: '/', 'wizard step': '/review/request' };
// Undefined is Lighthouse's default, the mobile preset.
const PRESETS: Record<string, Config | undefined> = { mobile: undefined, desktop: desktopConfig };
const CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  // Every host name but loopback fails to resolve, so nothing in the browser reaches the network.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

interface Figures {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/** One Lighthouse run in a fresh browser: no cache or service worker carried over. */
async function measure(url: string, config: Config | undefined): Promise<Figures> {
  const chrome = await launch({
    chromePath: findChromium()?.executablePath,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const flags = {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'silent' as const,
    };
    const lhr = (await lighthouse(url, flags, config))?.lhr;
    if (!lhr || lhr.runtimeError)
      throw new Error(`Lighthouse could not measure ${url}: ${lhr?.runtimeError?.message ?? ''}`);
    const value = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
    return {
      score: (lhr.categories.performance?.score ?? Number.NaN) * 100,
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}

/** Writes `x.br` and `x.gz` beside every text file of the build, at the strongest settings. */
function compressAhead(folder: string): void {
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(html|js|css|json|webmanifest|svg)$/.test(name)) continue;
    const body = readFileSync(join(folder, name));
    writeFileSync(join(folder, `${name}.br`), brotliCompressSync(body));
    writeFileSync(join(folder, `${name}.gz`), gzipSync(body, { level: 9 }));
  }
}

const median = (values: number[]) =>
  values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

const folder = mkdtempSync(join(tmpdir(), 'pain-pump-lighthouse-'));
try {
  await build({ logLevel: 'warn', build: { outDir: folder, emptyOutDir: true } });
  compressAhead(folder);
  const host = await serveStatic(folder);
  console.log(`Lighthouse, median of ${RUNS} runs; load average ${loadavg()[0]?.toFixed(2)}.\n`);
  const rows = [['page', 'preset', 'performance', 'FCP', 'LCP', 'TBT', 'CLS']];
  try {
    for (const [preset, config] of Object.entries(PRESETS)) {
      for (const [page, path] of Object.entries(PAGES)) {
        const runs: Figures[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(host.url + path, config));
        const middle = (key: keyof Figures) => median(runs.map((run) => run[key]));
        rows.push([
          `${page} ${path}`,
          preset,
          `${Math.round(middle('score'))} / 100`,
          ms(middle('fcp')),
          ms(middle('lcp')),
          ms(middle('tbt')),
          middle('cls').toFixed(3),
        ]);
      }
    }
  } finally {
    await host.close();
  }
  // Words to the left, figures to the right.
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  for (const row of rows) {
    const cells = row.map((cell, i) =>
      i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
    );
    console.log(cells.join('  '));
  }
  console.log('\nFCP, LCP: first and largest contentful paint; TBT: total blocking time;');
  console.log('CLS: cumulative layout shift (no unit).');
  console.log(
    `Load average ${loadavg()[0]?.toFixed(2)} at the end: a busy machine lowers the score.`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
