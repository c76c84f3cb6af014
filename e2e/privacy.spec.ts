import { expect, test, type Page } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  answer,
  answerAll,
  chooseRequest,
  expectOutcome,
  nextStep,
  openPage,
  SECTION_ITEMS,
} from './helpers';
import { serveStatic } from './static-server';

const OPIOID = 'An opioid, alone or with non-opioid drugs' as const;
const MEMBER = 'Jane Q. Testpatient';

/** A whole malignant implant review, with identifiers that must stay in this tab. */
async function wholeReview(page: Page) {
  await page.goto('/review/request');
  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Malignant' });
  await page.getByLabel('Member name').fill(MEMBER);
  await page.getByLabel('Member date of birth').fill('1961-04-02');
  await nextStep(page, 'Trial criteria');
  await answerAll(page, SECTION_ITEMS['I.A.1'], 'Met');
  await nextStep(page, 'Contraindications');
  await answerAll(page, SECTION_ITEMS['II.B'], 'Absent');
  await nextStep(page, 'Implant criteria');
  await answer(page, 'II.A.1', 'Met');
  await answerAll(page, SECTION_ITEMS['II.A.1'], 'Met');
  await nextStep(page, 'Codes');
  await page.getByRole('checkbox', { name: /^62362/ }).check();
  await nextStep(page, 'Determination');
  await expectOutcome(page, 'meets_criteria');
}

test('no request leaves the origin through a review, an import, an export and a print', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await wholeReview(page);
  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export case file' }).click();
  const file = await (await download).path();
  await page.getByLabel('Import case').setInputFiles(file);
  // Importing over the review in progress asks first.
  await page.getByRole('button', { name: 'Replace it with the file' }).click();
  await expectOutcome(page, 'meets_criteria');
  await page.goto('/summary');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'Letter' });

  const elsewhere = requests.filter(
    (url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin,
  );
  expect(elsewhere).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});

test('the Content-Security-Policy and Trusted Types hold, with no violation on any page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const consoleProblems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type|Refused to/i.test(message.text()))
      consoleProblems.push(message.text());
  });

  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
  ]) {
    expect(csp).toContain(directive);
  }
  await wholeReview(page);
  await page.goto('/summary');
  await openPage(page, '/review/codes');
  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  expect(violations).toEqual([]);
  expect(consoleProblems).toEqual([]);
  // The service worker runs under the same headers (e2e/static-server.ts sends the build's
  // _headers): a script it may not load leaves the app uncached, with no violation in the page.
  await expect
    .poll(() =>
      page.evaluate(async () => (await caches.keys()).some((name) => name.includes('precache'))),
    )
    .toBe(true);
});

test('patient data stays out of the address, cookies and local storage; session storage holds the review alone', async ({
  page,
  context,
}) => {
  await wholeReview(page);
  await page.goto('/summary');
  expect(page.url()).not.toContain('Testpatient');
  expect(await context.cookies()).toEqual([]);
  const storage = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    review: sessionStorage.getItem(sessionStorage.key(0) ?? ''),
  }));
  expect(storage.local).toEqual([]);
  expect(storage.session).toHaveLength(1);
  expect(storage.review).toContain(MEMBER);
});

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first load is not yet controlled; a reload puts the service worker in charge.
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

test('once loaded, a whole review works with no network, reloads included', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await wholeReview(page);
  await page.reload();
  await expectOutcome(page, 'meets_criteria');
  await page.goto('/summary');
  await expect(page.locator('[data-outcome]').first()).toHaveAttribute(
    'data-outcome',
    'meets_criteria',
  );
  await context.setOffline(false);
});

test('a new version announces itself and waits for the reviewer; the review survives the update', async ({
  page,
}) => {
  const copy = await mkdtemp(join(tmpdir(), 'pain-pump-build-'));
  await cp(process.env.E2E_DIST ?? 'dist', copy, { recursive: true });
  const host = await serveStatic(copy);
  try {
    await page.goto(`${host.url}/review/request`);
    await waitForServiceWorker(page);
    await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });

    // A new deployment: the service worker script changes.
    const sw = join(copy, 'sw.js');
    await writeFile(sw, `${await readFile(sw, 'utf8')}\n// next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const banner = page
      .getByRole('status')
      .filter({ hasText: 'A new version of this app is ready' });
    await expect(banner).toBeVisible({ timeout: 15_000 });
    // Nothing was replaced under the reviewer's hands.
    await expect(page.getByRole('radio', { name: 'Trial', exact: true })).toBeChecked();
    await banner.getByRole('button', { name: 'Update now' }).click();
    // The page reloads into the new version.
    await expect(banner).toBeHidden({ timeout: 30_000 });
    await expect(page.getByRole('radio', { name: 'Trial', exact: true })).toBeChecked();
  } finally {
    await host.close();
    await rm(copy, { recursive: true, force: true });
  }
});
