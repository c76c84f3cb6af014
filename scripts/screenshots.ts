// `npm run screenshots`: the pictures in docs/screenshots, made again from the built app (it
// builds first). The same Chromium and flags as the end-to-end tests (scripts/browser.mjs).
// - compact-1366x900.png: the implant criteria of a non-malignant implant review in compact rows,
//   half answered, on a 1366x900 laptop screen;
// - phone.png: the same step on a 390x844 phone, the live determination a bar at the top.
import type { Browser, Page } from '@playwright/test';
import { resolve } from 'node:path';
import { openBuiltApp } from './built-app';

const OUT = resolve('docs/screenshots');

// A review under way: the trial's criteria and the contraindications answered, the implant's
// indication met, its criteria still open.
const REVIEW = {
  policy: 'LA.CP.MP.173',
  request: 'implant',
  drug: 'opioid',
  indication: 'nonmalignant',
  urgency: 'standard',
  answers: {
    'I.A.2.a': 'met',
    'I.A.2.b': 'met',
    'II.B.1': 'absent',
    'II.B.2': 'absent',
    'II.B.3': 'absent',
    'II.B.4': 'absent',
    'II.B.5': 'absent',
    'II.A.2': 'met',
    'II.A.2.a': 'met',
    'II.A.2.b': 'met',
    'II.A.2.c': 'unknown',
  },
};

async function openReview(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number },
  density: 'compact' | 'roomy',
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'en-US',
    serviceWorkers: 'block',
    deviceScaleFactor: 1,
  });
  await context.addInitScript((d) => {
    window.sessionStorage.setItem('la-cp-mp-173.density', d);
  }, density);
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Import case').setInputFiles({
    name: 'screenshot.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(REVIEW)),
  });
  await page.locator('[data-outcome]').first().waitFor();
  await page.goto('/review/implant-criteria');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

const { browser, baseURL, close } = await openBuiltApp('dist');
try {
  const laptop = await openReview(browser, baseURL, { width: 1366, height: 900 }, 'compact');
  await laptop.screenshot({ path: `${OUT}/compact-1366x900.png` });
  const phone = await openReview(browser, baseURL, { width: 390, height: 844 }, 'roomy');
  await phone.screenshot({ path: `${OUT}/phone.png` });
  console.log(`Wrote ${OUT}/compact-1366x900.png and ${OUT}/phone.png`);
} finally {
  await close();
}
