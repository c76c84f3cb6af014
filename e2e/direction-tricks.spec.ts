import { expect, test } from '@playwright/test';
import { openPage } from './helpers';

// A member ID holding a right-to-left override (U+202E) and a pop (U+202C) is stored as "M-4471"
// with those two invisible characters, and displays as "M-1744": another member's ID.
const OVERRIDDEN_ID = 'M-\u202E4471\u202C';

test('typed or pasted, invisible direction and control characters are taken out of an identifier, and the field says so', async ({
  page,
}) => {
  await openPage(page, '/review/request');
  const memberId = page.getByLabel('Member ID');
  await memberId.fill(OVERRIDDEN_ID);
  await expect(memberId).toHaveValue('M-4471');
  await expect(memberId).toHaveAccessibleDescription(
    /Removed 2 invisible direction or control characters/,
  );
  await page.getByLabel('Member name').fill('Ann\u0007 Lee');
  await expect(page.getByLabel('Member name')).toHaveValue('Ann Lee');
  await page.reload();
  await expect(memberId).toHaveValue('M-4471');
  await openPage(page, '/summary');
  await expect(page.getByText('Member ID M-4471')).toBeVisible();
});

test('a case file whose member ID holds a direction override is refused, naming the field and not the value', async ({
  page,
}) => {
  await openPage(page, '/');
  await page.getByLabel('Import case').setInputFiles({
    name: 'tricked.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ policy: 'LA.CP.MP.173', member: { id: OVERRIDDEN_ID } })),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('tricked.json was not imported');
  await expect(alert).toContainText('member.id');
  await expect(alert).toContainText(/invisible direction or control characters/);
  await expect(alert).not.toContainText('4471');
});

test('a note with a direction override is shown isolated on the summary: it reorders nothing around it', async ({
  page,
}) => {
  const note = 'Weaned \u202Eto 30%';
  await openPage(page, '/');
  await page.getByLabel('Import case').setInputFiles({
    name: 'note.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        policy: 'LA.CP.MP.173',
        request: 'trial',
        drug: 'opioid',
        indication: 'malignant',
        answers: { 'I.A.1.a': 'met' },
        notes: { 'I.A.1.a': note },
      }),
    ),
  });
  await expect(page).toHaveURL(/\/review\/determination/);
  await openPage(page, '/summary');
  const cell = page.locator('td.summary-note').filter({ hasText: 'Weaned' });
  await expect(cell.locator('bdi')).toHaveText(note);
});
