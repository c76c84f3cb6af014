import { expect, test } from '@playwright/test';
import { answer, answerAll, chooseRequest, determination, expectOutcome, SECTION_ITEMS } from './helpers';

const OPIOID = 'An opioid, alone or with non-opioid drugs' as const;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start a provider self-check' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request');
  await expect(page).toHaveURL(/mode=provider/);
});

test('the provider self-check ends in a checklist of what to attach, never an approval', async ({ page }) => {
  await expect(page.getByText('Decision support only: not a coverage determination.').first()).toBeVisible();
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Non-malignant' });
  await page.getByRole('link', { name: /^Next: Trial criteria/ }).click();
  await expect(page).toHaveURL(/mode=provider/);
  await expect(page.getByText('Does the record document this?').first()).toBeVisible();
  await answerAll(page, SECTION_ITEMS['I.A.2'], 'Met');
  await answer(page, 'I.A.2.e', 'Not documented');
  await answer(page, 'I.A.2.g', 'Not met');
  await expectOutcome(page, 'not_met');

  await page.getByRole('navigation', { name: 'Review steps' }).getByRole('link', { name: /Checklist/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist');
  const checklist = determination(page);
  await expect(checklist).toHaveAttribute('data-outcome', 'not_met');
  await expect(checklist).toContainText('Decision support only: not a coverage determination.');
  // I.A.2.e needs the psychological evaluation; I.A.2.g the doses before and after weaning.
  await expect(checklist.getByRole('listitem').filter({ hasText: 'I.A.2.e' })).toContainText(/psychological evaluation/i);
  await expect(checklist.getByRole('listitem').filter({ hasText: 'I.A.2.g' })).toContainText(/MME/);
  // Nothing about the contraindications has been answered: each is on the list.
  for (const id of SECTION_ITEMS['I.B']) await expect(checklist).toContainText(id);
  await expect(checklist.getByRole('button', { name: 'Print this checklist' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/approv/i);
});

test('a self-check with everything documented says so, still without approving', async ({ page }) => {
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
  await page.getByRole('link', { name: /^Next: Trial criteria/ }).click();
  await answerAll(page, SECTION_ITEMS['I.A.1'], 'Met');
  await page.getByRole('link', { name: /^Next: Contraindications/ }).click();
  await answerAll(page, SECTION_ITEMS['I.B'], 'Absent');
  await expectOutcome(page, 'meets_criteria');
  await expect(determination(page)).toContainText('Nothing missing');
  await page.getByRole('link', { name: /^Next: Codes/ }).click();
  await page.getByRole('link', { name: /^Next: Checklist/ }).click();
  await expect(determination(page)).toContainText('documents every criterion');
  await expect(page.locator('body')).not.toContainText(/approv/i);

  // Back to the reviewer's wizard: the same review, the reviewer's words.
  await page.goto('/review/determination');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Determination');
  await expect(determination(page)).toContainText('Meets criteria');
});
