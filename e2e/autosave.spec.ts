import { expect, test } from '@playwright/test';
import { answer, chooseRequest, openPage } from './helpers';

// Every answer is kept in this tab's session storage at once: a reload loses nothing, even what
// the case file cannot accept yet, and "New review" is offered as soon as anything is entered.

test('a reload keeps a date of birth after the review date, still named as the problem', async ({
  page,
}) => {
  await openPage(page, '/review/request');
  await page.getByLabel('Review date').fill('2026-11-24');
  await page.getByLabel('Member date of birth').fill('2030-01-01');
  await expect(page.getByLabel('Member date of birth')).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Request' })).toBeVisible();
  await expect(page.getByLabel('Member date of birth')).toHaveValue('2030-01-01');
  await expect(page.getByLabel('Review date')).toHaveValue('2026-11-24');
  await expect(page.getByLabel('Member date of birth')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Member date of birth')).toHaveAccessibleDescription(
    /date of birth is after the review date/i,
  );
});

test('a review holding only a member’s name is a review in progress: home offers to continue it or start new', async ({
  page,
}) => {
  await openPage(page, '/');
  await expect(page.getByRole('link', { name: 'Start a review' })).toBeVisible();
  await page.getByRole('link', { name: 'Start a review' }).click();
  await page.getByLabel('Member name').fill('Ann Lee');
  await openPage(page, '/');
  await expect(page.getByRole('link', { name: 'Continue the review in progress' })).toBeVisible();
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByRole('button', { name: 'Clear and start new' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Request' })).toBeVisible();
  await expect(page.getByLabel('Member name')).toHaveValue('');
});

test('a review just opened, with nothing entered, is not one in progress', async ({ page }) => {
  await openPage(page, '/review/request');
  await openPage(page, '/');
  await expect(page.getByRole('link', { name: 'Start a review' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New review' })).toHaveCount(0);
});

test('"New review" on the determination step asks first, then starts over at the request', async ({
  page,
}) => {
  await openPage(page, '/review/request');
  await chooseRequest(page, {
    drug: 'An opioid, alone or with non-opioid drugs',
    request: 'Trial',
    indication: 'Malignant',
  });
  await openPage(page, '/review/trial-criteria');
  await answer(page, 'I.A.1.a', 'Met');
  await openPage(page, '/review/determination');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByRole('button', { name: 'Keep this review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Determination' })).toBeVisible();
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByRole('button', { name: 'Clear and start new' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Request' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Trial', exact: true })).not.toBeChecked();
});

test('completing the review, then amending it, keeps a date of birth the case file set aside', async ({
  page,
}) => {
  // A trial that may be completed: every item answered, the member ID, the action, who completed it.
  const trial = {
    policy: 'LA.CP.MP.173',
    request: 'trial',
    drug: 'opioid',
    indication: 'malignant',
    answers: Object.fromEntries([
      ...['I.A.1', 'I.A.1.a', 'I.A.1.b', 'I.A.1.c'].map((id) => [id, 'met']),
      ...['I.B.1', 'I.B.2', 'I.B.3', 'I.B.4', 'I.B.5'].map((id) => [id, 'absent']),
    ]),
    member: { id: 'LA0000000001' },
    reviewDate: '2026-11-24',
    nurseAction: { action: 'approved' },
    completedBy: { name: 'R. Thibodeaux' },
  };
  await page.goto('/');
  await page.getByLabel('Import case').setInputFiles({
    name: 'trial.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(trial)),
  });
  await expect(page).toHaveURL(/\/review\/determination/);
  await openPage(page, '/review/request');
  await page.getByLabel('Member date of birth').fill('2030-01-01');
  await openPage(page, '/summary');
  await page.getByRole('button', { name: 'Complete review' }).click();
  await page.getByRole('button', { name: 'Complete review now' }).click();
  await page.getByRole('button', { name: 'Amend review' }).click();
  await openPage(page, '/review/request');
  await expect(page.getByLabel('Member date of birth')).toHaveValue('2030-01-01');
  await expect(page.getByLabel('Member date of birth')).toHaveAttribute('aria-invalid', 'true');
});
