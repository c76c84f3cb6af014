import { expect, test, type Page } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseRequest, openPage } from './helpers';
import { serveStatic } from './static-server';

// Whatever goes wrong, the reviewer is told, and nothing typed is dropped unseen.

const OPIOID = 'An opioid, alone or with non-opioid drugs' as const;

async function importFile(page: Page, name: string, content: string): Promise<void> {
  await page.getByLabel('Import case').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content),
  });
}

test('a FHIR response nested 2,000 groups deep is refused with a message, not a crash', async ({
  page,
}) => {
  let item: object = { linkId: 'drug', answer: [] };
  for (let depth = 0; depth < 2000; depth += 1) item = { linkId: 'request-group', item: [item] };
  const response = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: 'urn:pain-pump-review:Questionnaire:LA.CP.MP.173',
    status: 'in-progress',
    item: [item],
  };
  await openPage(page, '/');
  await importFile(page, 'deep.json', JSON.stringify(response));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('deep.json was not imported');
  await expect(alert).toContainText(/more than \d+ levels deep/);
});

test.describe('with the service worker kept out, so a file gone from the server stays gone', () => {
  test.use({ serviceWorkers: 'block' });

  test('an import whose code was removed by a new deployment says so and offers a reload', async ({
    page,
  }) => {
    await openPage(page, '/');
    // A new version is published: the chunks this page would load next are no longer there.
    await page.route('**/assets/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await importFile(page, 'case.json', JSON.stringify({ policy: 'LA.CP.MP.173' }));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('case.json was not imported');
    await expect(alert).toContainText(/new version/);
    await page.unroute('**/assets/**');
    await alert.getByRole('button', { name: 'Reload the page' }).click();
    await expect(page.getByLabel('Import case')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('when the browser refuses to store the review, a warning stays on screen and nothing typed is lost', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openPage(page, '/review/request');
  await page.getByLabel('Member name').fill('Ann Lee');
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
  const warning = page.getByRole('alert').filter({ hasText: 'This review is not being kept' });
  await expect(warning).toBeVisible();
  await page.getByRole('link', { name: /^Next: / }).click();
  await expect(warning).toBeVisible();
  await page.getByRole('link', { name: 'Summary' }).click();
  await expect(warning).toBeVisible();
  await page.getByRole('link', { name: 'Review', exact: true }).click();
  await expect(page.getByLabel('Member name')).toHaveValue('Ann Lee');
  await expect(page.getByRole('radio', { name: 'Trial', exact: true })).toBeChecked();
});

test('a note longer than a case file holds is kept whole, counted, and its absence from the export is told', async ({
  page,
}) => {
  const long = 'Weaned from 120 to 84 MME. '.repeat(160); // 4,320 characters
  await openPage(page, '/review/request');
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
  await openPage(page, '/review/trial-criteria');
  const note = page.getByLabel('Note on I.A.1.a');
  await note.fill(long);
  await expect(note).toHaveValue(long);
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  await expect(note).toHaveAccessibleDescription(/4,320 of 4,000 characters.*320 too long/);
  await page.reload();
  await expect(note).toHaveValue(long);
  await openPage(page, '/');
  await expect(
    page.getByText(/A note is longer than the 4,000 characters .* \(I\.A\.1\.a\)/),
  ).toBeVisible();
});

test('"Later" in one tab holds when another tab chooses "Update now": this tab is told, not reloaded', async ({
  context,
}) => {
  const copy = await mkdtemp(join(tmpdir(), 'pain-pump-build-'));
  await cp(process.env.E2E_DIST ?? 'dist', copy, { recursive: true });
  const host = await serveStatic(copy);
  try {
    const later = await context.newPage();
    const now = await context.newPage();
    for (const page of [later, now]) {
      await page.goto(`${host.url}/review/request`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
    }
    for (const page of [later, now]) {
      await page.reload();
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
        .toBe(true);
    }
    await later.getByLabel('Member name').fill('Ann Lee');
    // Marks this page: a reload would forget it.
    await later.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

    const sw = join(copy, 'sw.js');
    await writeFile(sw, `${await readFile(sw, 'utf8')}\n// next version\n`);
    const banner = (page: Page) =>
      page.getByRole('status').filter({ hasText: 'A new version of this app is ready' });
    for (const page of [later, now]) {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(banner(page)).toBeVisible({ timeout: 15_000 });
    }
    await banner(later).getByRole('button', { name: 'Later' }).click();
    await expect(banner(later)).toBeHidden();
    await banner(now).getByRole('button', { name: 'Update now' }).click();
    await expect(banner(now)).toBeHidden({ timeout: 30_000 });

    const told = later.getByRole('status').filter({ hasText: 'updated in another tab' });
    await expect(told).toBeVisible({ timeout: 15_000 });
    expect(await later.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    await expect(later.getByLabel('Member name')).toHaveValue('Ann Lee');
    await told.getByRole('button', { name: 'Reload now' }).click();
    await expect(told).toBeHidden({ timeout: 15_000 });
    await expect(later.getByLabel('Member name')).toHaveValue('Ann Lee');
  } finally {
    await host.close();
    await rm(copy, { recursive: true, force: true });
  }
});
