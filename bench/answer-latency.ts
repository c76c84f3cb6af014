// `npm run bench:latency`: how long one answer takes to show, from the click on it to the next
// paint, on the wizard's longest step, in the built app (run `npm run build` first, or name a
// folder: `npm run bench:latency -- dist-other`).
//
// Chromium (scripts/browser.mjs finds it) driven by Playwright, unthrottled and with Chromium's
// CPU throttling (4x: a slower laptop). For each click two measures:
// - click -> next frame: from the click event's time stamp to a task queued from the next
//   requestAnimationFrame, that is after the frame that shows the answer has been drawn;
// - the Event Timing API's duration of the click's interaction (what INP counts: input delay,
//   the handlers, and the frame after them), rounded by the browser to 8 ms; Chromium reports
//   only interactions of 16 ms or more, so a faster one counts as "< 16".
// Also whether the live determination had changed by that frame (it should update in the same
// frame as the answer). And, for reference, the first measure twice more: on a page of bare native
// radios with nothing but one line of text to change, what any answer costs on this machine at
// that rate; and on the same step of the app with its handlers kept from the radios, what an
// answer costs on this page before the app does anything with it. The app's own share is the
// difference between that last figure and the app's.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openBuiltApp } from '../scripts/built-app';

const USAGE = `Usage: npm run bench:latency -- [DIST] [--rounds N] [--rates 1,4] [--compact] [--json]

  DIST        the built app to measure (default dist; run npm run build first)
  --rounds N  how many times every item of the step is answered, per rate (default 5)
  --rates     CPU throttling rates (default 1,4)
  --compact   the questions in compact rows, one per item (default: the roomy cards)
  --json      print the figures as JSON as well`;

interface Options {
  dist: string;
  rounds: number;
  rates: number[];
  compact: boolean;
  json: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        rounds: { type: 'string', default: '5' },
        rates: { type: 'string', default: '1,4' },
        compact: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!/^[1-9]\d*$/.test(values.rounds) || !/^\d+(,\d+)*$/.test(values.rates)) {
    console.error(`--rounds takes a whole number, --rates a list such as 1,4\n\n${USAGE}`);
    process.exit(2);
  }
  return {
    dist: positionals[0] ?? 'dist',
    rounds: Number(values.rounds),
    rates: values.rates.split(',').map(Number),
    compact: values.compact,
    json: values.json,
  };
}

const ITEM_GROUP = /^I{1,2}\.[AB](\.\d(\.[a-z])?)? /;

/** Item groups on the page: a group whose accessible name starts with a policy item ID. */
function itemGroups(page: Page) {
  return page.getByRole('group', { name: ITEM_GROUP });
}

/**
 * Opens a non-malignant opioid implant review (the request with the most items) by importing a
 * case file on the home page, then walks the wizard by its "Next" links and returns the address
 * of the step with the most items, and how many.
 */
async function longestStep(page: Page): Promise<{ url: string; title: string; items: number }> {
  await page.goto('/');
  await page.getByLabel('Import case').setInputFiles({
    name: 'latency.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        policy: 'LA.CP.MP.173',
        request: 'implant',
        drug: 'opioid',
        indication: 'nonmalignant',
      }),
    ),
  });
  await page.locator('[data-outcome], [role="alert"]').first().waitFor();
  const refused = page.getByRole('alert');
  if ((await refused.count()) > 0)
    throw new Error(`The app refused the case file: ${await refused.first().textContent()}`);
  await page.goto('/review/request');
  let best = { url: '', title: '', items: 0 };
  for (let step = 0; step < 12; step++) {
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const items = await itemGroups(page).count();
    if (items > best.items) {
      best = {
        url: new URL(page.url()).pathname,
        title: (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
        items,
      };
    }
    const next = page.getByRole('link', { name: /^Next/ });
    if ((await next.count()) === 0) break;
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    await next.first().click();
    await page.waitForFunction(
      (before) => document.querySelector('h1')?.textContent !== before,
      heading,
    );
  }
  if (best.items === 0) throw new Error('No step of a non-malignant implant review has items.');
  return best;
}

/** Clicks an answer of the item other than the one it has, so that every click changes it. */
async function changeAnswer(page: Page, index: number, groups = itemGroups(page)): Promise<void> {
  const radios = groups.nth(index).getByRole('radio');
  const checked = await radios.evaluateAll((inputs) =>
    inputs.findIndex((input) => (input as HTMLInputElement).checked),
  );
  await radios.nth((checked + 1) % (await radios.count())).click();
}

interface Figures {
  rate: number;
  clicks: number;
  frame: { median: number; p90: number; max: number };
  eventTiming: { median: number | null; p90: number | null; reported: number };
  /** Click -> next frame on a page of bare native radios, as many as the step's items. */
  bareRadios: { median: number; p90: number };
  /** Click -> next frame on the same step with the app's handlers kept from the radios. */
  pageAlone: { median: number; p90: number };
  determinationSameFrame: { same: number; changed: number };
  loadAverage: number;
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Keeps the clicks on the radios from the app: a listener on the window, in the capture phase,
 * runs before React's on the page's root and stops each click, input and change event there. The
 * native radio still changes, and the clicks are still timed (record-clicks.js listens before).
 */
function keepAnswersFromApp(): void {
  for (const type of ['click', 'input', 'change'])
    addEventListener(
      type,
      (event) => {
        const target = event.target;
        if (target instanceof HTMLInputElement && target.type === 'radio')
          event.stopImmediatePropagation();
      },
      { capture: true },
    );
}

async function measure(
  page: Page,
  url: string,
  items: number,
  rate: number,
  rounds: number,
  { appHandlers = true } = {},
): Promise<Omit<Figures, 'bareRadios' | 'pageAlone'>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await itemGroups(page)
    .nth(items - 1)
    .waitFor();
  await page.waitForLoadState('networkidle');
  if (!appHandlers) await page.evaluate(keepAnswersFromApp);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const load = loadavg()[0] as number;
  const initial = await page.evaluate(
    () => (window as unknown as { __clicks: unknown[] }).__clicks.length,
  );
  let done = initial;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < items; i++) {
      await changeAnswer(page, i);
      done++;
      await page.waitForFunction(
        (n) => (window as unknown as { __clicks: unknown[] }).__clicks.length >= n,
        done,
        { polling: 50 },
      );
    }
  }
  const { clicks, interactions } = await page.evaluate(() => {
    const w = window as unknown as {
      __clicks: { frame: number; changedByFrame: boolean; changedAtAll: boolean }[];
      __interactions: Map<number, number>;
    };
    return { clicks: w.__clicks, interactions: Array.from(w.__interactions.values()) };
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  const measured = clicks.slice(initial);
  const frames = measured.map((c) => c.frame).sort((a, b) => a - b);
  // Interactions under 16 ms are not reported: they sort first, as 0.
  const reported = interactions.slice(-measured.length);
  const events = [
    ...reported,
    ...Array<number>(Math.max(0, measured.length - reported.length)).fill(0),
  ].sort((a, b) => a - b);
  const eventFigure = (p: number) => {
    const v = percentile(events, p);
    return v === 0 ? null : v;
  };
  return {
    rate,
    clicks: measured.length,
    frame: { median: percentile(frames, 50), p90: percentile(frames, 90), max: frames.at(-1) ?? 0 },
    eventTiming: { median: eventFigure(50), p90: eventFigure(90), reported: reported.length },
    determinationSameFrame: {
      same: measured.filter((c) => c.changedByFrame).length,
      changed: measured.filter((c) => c.changedAtAll).length,
    },
    loadAverage: load,
  };
}

/** The app's step as it stands, with nothing done on an answer but the native radio's change. */
async function measurePageAlone(
  page: Page,
  url: string,
  items: number,
  rate: number,
  rounds: number,
): Promise<{ median: number; p90: number }> {
  const figures = await measure(page, url, items, rate, rounds, { appHandlers: false });
  if (figures.determinationSameFrame.changed > 0)
    throw new Error('The app saw answers it was kept from: the live determination changed.');
  return figures.frame;
}

const RECORD_CLICKS = fileURLToPath(new URL('record-clicks.js', import.meta.url));

/**
 * The same clicks on a page of bare native radios, as many groups as the step has items, each
 * click changing one line of text: the click -> next frame of any answer on this machine.
 */
async function measureBareRadios(
  page: Page,
  items: number,
  rate: number,
  rounds: number,
): Promise<{ median: number; p90: number }> {
  await page.goto('about:blank');
  // Written into the page itself: a page set by its content keeps no listener from before it.
  const groups = Array.from(
    { length: items },
    (_, i) =>
      `<fieldset data-bare><legend>Item ${i + 1}</legend>` +
      ['Met', 'Not met', 'Not documented']
        .map((label) => `<label><input type="radio" name="r${i}">${label}</label>`)
        .join(' ') +
      '</fieldset>',
  ).join('');
  await page.setContent(
    `<!doctype html><title>Bare radios</title><script>${readFileSync(RECORD_CLICKS, 'utf8')}</script>` +
      `<main>${groups}</main><p data-outcome>0 answered</p>` +
      `<script>addEventListener('change', () => { document.querySelector('[data-outcome]').textContent = ` +
      `document.querySelectorAll('input:checked').length + ' answered'; });</script>`,
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < items; i++) {
      await changeAnswer(page, i, page.locator('fieldset[data-bare]'));
      done++;
      await page.waitForFunction(
        (n) => (window as unknown as { __clicks: unknown[] }).__clicks.length >= n,
        done,
        { polling: 50 },
      );
    }
  }
  const frames = await page.evaluate(() =>
    (window as unknown as { __clicks: { frame: number }[] }).__clicks.map((c) => c.frame),
  );
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  frames.sort((a, b) => a - b);
  return { median: percentile(frames, 50), p90: percentile(frames, 90) };
}

const ms = (v: number | null) => (v === null ? '< 16 ms' : `${v.toFixed(0)} ms`);

/** Measures and prints the answer latency; `argv` as on the command line (see USAGE). */
export async function benchAnswerLatency(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  const { browser, baseURL, close } = await openBuiltApp(options.dist);
  try {
    const context = await browser.newContext({
      baseURL,
      serviceWorkers: 'block',
      viewport: { width: 1366, height: 900 },
      locale: 'en-US',
    });
    await context.addInitScript({
      path: fileURLToPath(new URL('record-clicks.js', import.meta.url)),
    });
    // The layout is the tab's choice, kept in session storage (src/features/review/density.ts).
    if (options.compact)
      await context.addInitScript(() =>
        window.sessionStorage.setItem('la-cp-mp-173.density', 'compact'),
      );
    // The machine may be busy: the page gets time to answer, the figures say how long it took.
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    const step = await longestStep(page);
    console.log(
      `Answer latency: "${step.title}" (${step.url}, ${step.items} items, the longest step of a non-malignant implant), ` +
        `${options.rounds} answers per item per rate, ${options.compact ? 'compact rows' : 'roomy cards'}, Chromium ${browser.version()}, viewport 1366x900`,
    );
    const results: Figures[] = [];
    for (const rate of options.rates) {
      const figures = {
        ...(await measure(page, step.url, step.items, rate, options.rounds)),
        // In the same tab: a page in a tab behind it would have its frames and timers held back.
        bareRadios: await measureBareRadios(page, step.items, rate, options.rounds),
        pageAlone: await measurePageAlone(page, step.url, step.items, rate, options.rounds),
      };
      results.push(figures);
      const { same, changed } = figures.determinationSameFrame;
      console.log(
        `  CPU ${rate}x: click -> next frame median ${ms(figures.frame.median)}, p90 ${ms(figures.frame.p90)}, max ${ms(figures.frame.max)}` +
          ` | Event Timing median ${ms(figures.eventTiming.median)}, p90 ${ms(figures.eventTiming.p90)}` +
          ` (${figures.eventTiming.reported} of ${figures.clicks} at 16 ms or more)` +
          ` | determination changed in the same frame: ${same} of ${changed}` +
          ` | load average ${figures.loadAverage.toFixed(2)}` +
          `\n           for reference, ${step.items} bare native radio groups (one line of text changed): click -> next frame median ${ms(figures.bareRadios.median)}, p90 ${ms(figures.bareRadios.p90)}` +
          `\n           and the same step with the app's handlers kept from the radios (only the radio changes): median ${ms(figures.pageAlone.median)}, p90 ${ms(figures.pageAlone.p90)}`,
      );
    }
    if (options.json) console.log(JSON.stringify({ step, results }, null, 2));
  } finally {
    await close();
  }
}

// Run as a script (npm run bench:latency), not when npm run bench imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchAnswerLatency(process.argv.slice(2));
}
