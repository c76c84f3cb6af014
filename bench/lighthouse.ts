// `npm run bench:lighthouse` (and the end of `npm run bench`): Lighthouse on the built app, served
// on 127.0.0.1 with compression and the deploy headers, beside a bare React page rendering one
// heading, built and measured in the same run as a floor for mobile performance.
//
// Figures, not pass/fail: Lighthouse's performance score moves with the machine's load, so each
// page and preset is measured several times (in turns, so a busy spell spreads over all of
// them) and the median is printed. Nothing leaves the machine: the pages are served on
// loopback, and Chromium resolves no other host.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { build } from 'vite';
import { fixed, integer, median, table } from './format';
import { serveStatic, type StaticServer } from './serve';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // Every host name but loopback fails to resolve, so nothing in the browser reaches the network.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

interface Preset {
  readonly name: 'mobile' | 'desktop';
  /** Undefined: Lighthouse's default, a mid-range phone on a slow 4G link (simulated). */
  readonly config: Config | undefined;
}

const PRESETS: readonly Preset[] = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];

interface Page {
  readonly label: string;
  readonly url: string;
  readonly isBaseline: boolean;
}

interface Measurement {
  readonly scores: Record<Category, number | null>;
  readonly fcp: number;
  readonly lcp: number;
  readonly tbt: number;
  readonly cls: number;
  readonly lcpElement: string | undefined;
  /** The elements that moved, with their share of the shift. */
  readonly layoutShifts: readonly string[];
  readonly failures: readonly string[];
  readonly warnings: readonly string[];
  /** Requests the page made to anything but loopback (Chromium cannot resolve them). */
  readonly offLoopback: readonly string[];
  /** Lighthouse's version and the browser's, as the report gives them. */
  readonly versions: string;
}

// ---------------------------------------------------------------------------------------------
// The pages

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

/** The app as `npm run build` makes it, into a folder of its own (dist/ is left alone). */
async function buildApp(outDir: string): Promise<void> {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  await run(vite, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
}

const BASELINE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="description" content="A bare React page, the floor the app's figures are read against." />
    <link rel="icon" href="data:," />
    <title>Bare React page</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.tsx"></script>
  </body>
</html>
`;

const BASELINE_MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <h1>Implantable Intrathecal or Epidural Pain Pump review</h1>
  </StrictMode>,
);
`;

/**
 * React 19 rendering one <h1>, nothing else: the same React, Vite and plugin the app builds with,
 * from this project's node_modules (linked in, so nothing is fetched).
 */
async function buildBaseline(folder: string): Promise<string> {
  const source = join(folder, 'src');
  mkdirSync(source, { recursive: true });
  writeFileSync(join(source, 'index.html'), BASELINE_HTML);
  writeFileSync(join(source, 'main.tsx'), BASELINE_MAIN);
  symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
  const outDir = join(folder, 'dist');
  await build({
    root: source,
    configFile: false,
    envDir: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return outDir;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

/** Where an audit's items point: an element's selector, else a URL or a source location. */
function itemPlaces(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.flatMap((item) => {
    const i = item as {
      node?: { selector?: string; snippet?: string };
      url?: string;
      source?: { url?: string; line?: number };
      description?: string;
      subItems?: { items?: unknown[] };
    };
    if (i.node?.selector) return [`${i.node.selector}  ${i.node.snippet ?? ''}`.trim()];
    if (i.source?.url) return [`${i.source.url}:${(i.source.line ?? 0) + 1}`];
    if (i.url) return [i.url];
    if (i.description) return [i.description];
    return [];
  });
}

/** The accessibility and best-practices audits that did not pass, with where they point. */
function failedAudits(lhr: Result): string[] {
  const failures: string[] = [];
  for (const category of ['accessibility', 'best-practices'] as const) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      const weight = ref.weight > 0 ? '' : ' (weight 0: not in the score)';
      const places = itemPlaces(audit.details).slice(0, 6);
      failures.push(
        `${category} · ${audit.id}: ${audit.title}${weight}` +
          places.map((place) => `\n          ${place.replace(/\s+/g, ' ').slice(0, 160)}`).join(''),
      );
    }
  }
  return failures;
}

function lcpElement(lhr: Result): string | undefined {
  const details = lhr.audits['largest-contentful-paint-element']?.details as
    { items?: { items?: { node?: { selector?: string; nodeLabel?: string } }[] }[] } | undefined;
  const node = details?.items?.[0]?.items?.[0]?.node;
  return node ? `${node.selector ?? '?'} (“${(node.nodeLabel ?? '').slice(0, 50)}”)` : undefined;
}

function layoutShifts(lhr: Result): string[] {
  const details = lhr.audits['layout-shifts']?.details as
    { items?: { node?: { selector?: string }; score?: number }[] } | undefined;
  return (details?.items ?? []).map(
    (item) =>
      `${item.node?.selector ?? '(an element no longer there)'}: ${fixed(item.score ?? 0, 3)}`,
  );
}

function offLoopback(lhr: Result): string[] {
  const details = lhr.audits['network-requests']?.details as
    { items?: { url?: string }[] } | undefined;
  return (details?.items ?? [])
    .map((item) => item.url ?? '')
    .filter((url) => /^(https?|wss?):/.test(url) && new URL(url).hostname !== '127.0.0.1');
}

/** Idle and total CPU time of all cores so far, in ms. */
function cpuTimes(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

/**
 * Waits, up to 10 s, for a quarter of a second in which the cores are at least 90% idle: the last
 * run's browser has exited and Lighthouse has done with its trace. A run that starts while they
 * still hold the cores measures them, not the page; every page, the bare one too, waits alike.
 * Returns whether the machine went quiet.
 */
async function settle(): Promise<boolean> {
  const deadline = performance.now() + 10_000;
  let before = cpuTimes();
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const after = cpuTimes();
    const spent = after.total - before.total;
    if (spent > 0 && (after.idle - before.idle) / spent >= 0.9) return true;
    before = after;
  }
  return false;
}

async function measure(url: string, preset: Preset): Promise<Measurement> {
  let chrome: LaunchedChrome | undefined;
  try {
    // A fresh browser for every measurement: no cache, no service worker, no warm-up carried over.
    chrome = await launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
    });
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'silent', onlyCategories: [...CATEGORIES] },
      preset.config,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const score = (category: Category) => {
      const value = lhr.categories[category]?.score;
      return value === null || value === undefined ? null : value * 100;
    };
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
      },
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      lcpElement: lcpElement(lhr),
      layoutShifts: layoutShifts(lhr),
      failures: failedAudits(lhr),
      warnings: lhr.runWarnings,
      offLoopback: offLoopback(lhr),
      versions: `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}`,
    };
  } finally {
    chrome?.kill();
  }
}

// ---------------------------------------------------------------------------------------------

export interface LighthouseOptions {
  /** How many times each page and preset is measured; the median is printed. */
  readonly runs?: number;
}

export async function benchLighthouse({ runs = 3 }: LighthouseOptions = {}): Promise<void> {
  const started = performance.now();
  console.log(
    `(d) Lighthouse on the built app and on a bare React page, served on 127.0.0.1 with brotli/gzip` +
      `\n    and the deploy headers; Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, headless, offline.` +
      `\n    Each figure is the median of ${runs} runs (load average ${loadavg()
        .map((n) => fixed(n, 2))
        .join(' ')} at start: a busy machine lowers the performance score).\n`,
  );
  const folder = mkdtempSync(join(tmpdir(), 'pain-pump-lighthouse-'));
  const servers: StaticServer[] = [];
  try {
    const appDir = join(folder, 'app');
    const [, baselineDir] = await Promise.all([
      buildApp(appDir),
      buildBaseline(join(folder, 'baseline')),
    ]);
    const app = await serveStatic(appDir);
    servers.push(app);
    const baseline = await serveStatic(baselineDir);
    servers.push(baseline);

    const pages: readonly Page[] = [
      { label: 'app: home /', url: `${app.origin}/`, isBaseline: false },
      {
        label: 'app: wizard /review/request',
        url: `${app.origin}/review/request`,
        isBaseline: false,
      },
      { label: 'bare React page, one <h1>', url: `${baseline.origin}/`, isBaseline: true },
    ];
    const key = (page: Page, preset: Preset) => `${page.label} ${preset.name}`;
    const results = new Map<string, Measurement[]>();
    const total = runs * pages.length * PRESETS.length;
    let done = 0;
    let busyStarts = 0;
    for (let round = 0; round < runs; round++) {
      for (const preset of PRESETS) {
        for (const page of pages) {
          if (!(await settle())) busyStarts += 1;
          const measurement = await measure(page.url, preset);
          results.set(key(page, preset), [...(results.get(key(page, preset)) ?? []), measurement]);
          done += 1;
          if (process.stderr.isTTY) process.stderr.write(`\r    measured ${done} of ${total}…`);
        }
      }
    }
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');

    const rows: string[][] = [];
    const medians = new Map<string, Record<Category, number | null>>();
    for (const preset of PRESETS) {
      for (const page of pages) {
        const all = results.get(key(page, preset)) ?? [];
        const middle = (pick: (m: Measurement) => number) => median(all.map(pick));
        const scoreOf = (category: Category) => {
          const values = all.map((m) => m.scores[category]).filter((v): v is number => v !== null);
          return values.length === 0 ? null : median(values);
        };
        const scores = {
          performance: scoreOf('performance'),
          accessibility: scoreOf('accessibility'),
          'best-practices': scoreOf('best-practices'),
        };
        medians.set(key(page, preset), scores);
        const perf = all.map((m) => m.scores.performance ?? Number.NaN);
        const cell = (value: number | null) => (value === null ? 'n/a' : integer(value));
        rows.push([
          page.label,
          preset.name,
          `${cell(scores.performance)} (${integer(Math.min(...perf))}–${integer(Math.max(...perf))})`,
          cell(scores.accessibility),
          cell(scores['best-practices']),
          integer(middle((m) => m.fcp)),
          integer(middle((m) => m.lcp)),
          integer(middle((m) => m.tbt)),
          fixed(
            middle((m) => m.cls),
            3,
          ),
        ]);
      }
    }
    table(
      ['page', 'preset', 'perf (min–max)', 'a11y', 'best pr.', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
      rows,
    );
    console.log(
      `\n    ${results.values().next().value?.[0]?.versions ?? ''}. Scores out of 100; FCP and LCP: first and` +
        `\n    largest contentful paint; TBT: total blocking time; CLS: cumulative layout shift (no unit).` +
        `\n    Mobile: Lighthouse's default (a mid-range phone on slow 4G, 4× CPU slowdown, simulated);` +
        `\n    desktop: its desktop preset. perf (min–max): the median score and the range over the runs.`,
    );

    console.log(`\n    Largest contentful paint element (last run):`);
    for (const preset of PRESETS) {
      for (const page of pages) {
        const last = results.get(key(page, preset))?.at(-1);
        console.log(`      ${page.label}, ${preset.name}: ${last?.lcpElement ?? 'none reported'}`);
      }
    }

    for (const preset of PRESETS) {
      for (const page of pages) {
        const last = results.get(key(page, preset))?.at(-1);
        if (last && last.cls > 0) {
          console.log(
            `\n    Layout shifts, ${page.label}, ${preset.name} (last run, CLS ${fixed(last.cls, 3)}):` +
              last.layoutShifts.map((shift) => `\n      ${shift}`).join(''),
          );
        }
      }
    }

    // Goals from the issue, read against the figures above.
    const app0 = pages.filter((p) => !p.isBaseline);
    const floorPage = pages.find((p) => p.isBaseline) as Page;
    const floor = medians.get(key(floorPage, PRESETS[0] as Preset))?.performance ?? null;
    const goalLines: string[] = [];
    for (const page of app0) {
      const desktop = medians.get(key(page, PRESETS[1] as Preset));
      const mobile = medians.get(key(page, PRESETS[0] as Preset));
      const show = (v: number | null | undefined) =>
        v === null || v === undefined ? 'n/a' : integer(v);
      goalLines.push(
        `${page.label}: desktop ${show(desktop?.performance)} / ${show(desktop?.accessibility)} / ` +
          `${show(desktop?.['best-practices'])} (goal 100 / 100 / 100); mobile accessibility ` +
          `${show(mobile?.accessibility)}, best practices ${show(mobile?.['best-practices'])} (goal 100), ` +
          `performance ${show(mobile?.performance)} (goal: at least the bare page's ${show(floor)})`,
      );
    }
    console.log(`\n    Goals:`);
    for (const line of goalLines) console.log(`      ${line}`);

    const failures = new Map<string, Set<string>>();
    const warnings = new Set<string>();
    for (const preset of PRESETS) {
      for (const page of pages) {
        for (const m of results.get(key(page, preset)) ?? []) {
          for (const failure of m.failures) {
            const where = failures.get(failure) ?? new Set<string>();
            where.add(`${page.label}, ${preset.name}`);
            failures.set(failure, where);
          }
          for (const warning of m.warnings) warnings.add(warning);
        }
      }
    }
    console.log(
      failures.size === 0
        ? `\n    No accessibility or best-practices audit failed on any page, in any run.`
        : `\n    Accessibility and best-practices audits that failed (in any run):`,
    );
    for (const [failure, where] of failures) {
      console.log(`      ${failure}\n        on: ${[...where].join('; ')}`);
    }
    for (const warning of warnings) console.log(`    Lighthouse warning: ${warning}`);
    const elsewhere = new Set([...results.values()].flat().flatMap((m) => m.offLoopback));
    console.log(
      elsewhere.size === 0
        ? `    No page asked for anything but 127.0.0.1.`
        : `    Requests beyond 127.0.0.1 (refused: Chromium resolves no other host): ${[...elsewhere].join(', ')}`,
    );
    console.log(
      `\n    Lighthouse took ${fixed((performance.now() - started) / 1000, 0)} s; load average ` +
        `${fixed(loadavg()[0] ?? 0, 2)} at the end. ` +
        (busyStarts === 0
          ? `Every run started on quiet cores (at least 90% idle).`
          : `${busyStarts} of ${total} runs started on busy cores (less than 90% idle after 10 s of waiting).`),
    );
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    rmSync(folder, { recursive: true, force: true });
  }
}

// Run on its own: `npm run bench:lighthouse [-- --runs N]`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--runs');
  const runs = at === -1 ? 3 : Number(process.argv[at + 1]);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('Usage: npm run bench:lighthouse [-- --runs N]   (default 3)');
    process.exit(2);
  }
  await benchLighthouse({ runs });
}
