import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  answer,
  answerAll,
  chooseRequest,
  determination,
  expectNoAxeViolations,
  openPage,
  expectOutcome,
  itemGroup,
  nextStep,
  SECTION_ITEMS,
} from './helpers';

const OPIOID = 'An opioid, alone or with non-opioid drugs' as const;

// The policy as published, to hold the words on screen to it.
const POLICY_LINES = readFileSync(
  new URL('../docs/policy/LA.CP.MP.173.txt', import.meta.url),
  'utf8',
)
  .split(/\r?\n/)
  .map((line) => line.trim().replace(/^-\s*/, ''));
/** A line of the policy that starts with `start`, less its outline number and its bold or italic marks. */
function policyLine(start: RegExp): string {
  const line = POLICY_LINES.find((l) => start.test(l));
  if (!line) throw new Error(`no line ${start} in the policy`);
  return line.replace(/^(?:[IVX]+|[A-Z])\.\s+/, '').replace(/\*/g, '');
}
const PART_I = policyLine(/^I\. It is the policy/);
const PART_II = policyLine(/^II\. It is the policy/);
const LEAD_IN = policyLine(/^A\. Request is for/);
const NOTE = POLICY_LINES.find((l) => /^\**Note:/.test(l))!.replace(/^\**Note:\**\s*/, '');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start a review' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request');
});

test('trial, malignant: start to finish meets criteria, with a covered code', async ({ page }) => {
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
  await expectOutcome(page, 'incomplete');

  await nextStep(page, 'Trial criteria');
  // A malignant trial asks I.A.1 only.
  await expect(itemGroup(page, 'I.A.2.a')).toHaveCount(0);
  await answer(page, 'I.A.1', 'Met');
  await answerAll(page, SECTION_ITEMS['I.A.1'], 'Met');
  await expectOutcome(page, 'incomplete'); // I.B not yet answered

  await nextStep(page, 'Contraindications');
  await expect(itemGroup(page, 'II.B.1')).toHaveCount(0);
  await answerAll(page, SECTION_ITEMS['I.B'], 'Absent');
  await expectOutcome(page, 'meets_criteria');

  // A trial has no implant step.
  await nextStep(page, 'Codes');
  await page.getByLabel('Search codes').fill('62322');
  await page.getByRole('checkbox', { name: /^62322/ }).check();
  // Listed, never "covered": listing does not guarantee coverage (the coding preamble).
  await expect(page.getByRole('region', { name: /Requested codes/ })).toContainText(
    'on the fee schedule',
  );

  await nextStep(page, 'Determination');
  await expectOutcome(page, 'meets_criteria');
  await expect(determination(page)).toContainText('Meets criteria');
});

test('trial, non-malignant: one criterion not met fails, and its link leads to the question', async ({
  page,
}) => {
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Non-malignant' });
  await nextStep(page, 'Trial criteria');
  await expect(itemGroup(page, 'I.A.1.a')).toHaveCount(0);
  await answer(page, 'I.A.2', 'Met');
  await answerAll(page, SECTION_ITEMS['I.A.2'], 'Met');
  await answer(page, 'I.A.2.g', 'Not met');
  await nextStep(page, 'Contraindications');
  await answerAll(page, SECTION_ITEMS['I.B'], 'Absent');

  await expectOutcome(page, 'not_met');
  const link = determination(page).getByRole('link', { name: /I\.A\.2\.g/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trial criteria');
  await expect(
    itemGroup(page, 'I.A.2.g').getByRole('radio', { name: 'Not met', exact: true }),
  ).toBeFocused();

  await answer(page, 'I.A.2.g', 'Met');
  await expectOutcome(page, 'meets_criteria');
});

test('trial: a contraindication present fails the request', async ({ page }) => {
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
  await nextStep(page, 'Trial criteria');
  await answerAll(page, SECTION_ITEMS['I.A.1'], 'Met');
  await nextStep(page, 'Contraindications');
  await answerAll(page, SECTION_ITEMS['I.B'], 'Absent');
  await answer(page, 'I.B.4', 'Present');
  await expectOutcome(page, 'not_met');
  await expect(determination(page).getByRole('link', { name: /I\.B\.4/ })).toBeVisible();
});

test('implant, malignant, no waiver: trial indication, II.B and II.A.1 are all asked and met, to the determination', async ({
  page,
}) => {
  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Malignant' });
  await nextStep(page, 'Trial criteria');
  await answerAll(page, SECTION_ITEMS['I.A.1'], 'Met');
  await nextStep(page, 'Contraindications');
  // At implant the contraindications are II.B, not I.B.
  await expect(itemGroup(page, 'I.B.1')).toHaveCount(0);
  await answerAll(page, SECTION_ITEMS['II.B'], 'Absent');
  await nextStep(page, 'Implant criteria');
  await expectOutcome(page, 'incomplete');
  await answer(page, 'II.A.1', 'Met');
  await answerAll(page, SECTION_ITEMS['II.A.1'], 'Met');
  await expectOutcome(page, 'meets_criteria');

  // Without a waiver, the trial's result is required.
  await answer(page, 'II.A.1.a', 'Not met');
  await expectOutcome(page, 'not_met');
  await answer(page, 'II.A.1.a', 'Met');

  await nextStep(page, 'Codes');
  await page.getByLabel('Search codes').fill('62362');
  await page.getByRole('checkbox', { name: /^62362/ }).check();
  await expect(page.getByRole('region', { name: /Requested codes/ })).toContainText(
    'on the fee schedule',
  );

  // Every required item met or absent, no waiver: it meets criteria (a nurse may approve).
  await nextStep(page, 'Determination');
  await expectOutcome(page, 'meets_criteria');
  await expect(determination(page)).toContainText('Meets criteria');
});

test('implant, malignant, with a trial waiver request and no trial result: medical director review, on the determination and the summary', async ({
  page,
}) => {
  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Malignant' });
  await nextStep(page, 'Trial criteria');
  await answerAll(page, SECTION_ITEMS['I.A.1'], 'Met');
  await nextStep(page, 'Contraindications');
  await answerAll(page, SECTION_ITEMS['II.B'], 'Absent');
  await nextStep(page, 'Implant criteria');
  await page.getByRole('checkbox', { name: 'Advanced disease' }).check();
  await answer(page, 'II.A.1', 'Met');
  await answerAll(page, ['II.A.1.b', 'II.A.1.c', 'II.A.1.d'], 'Met');
  await expectOutcome(page, 'medical_director_review');
  await expect(itemGroup(page, 'II.A.1.a')).toContainText('Trial waiver requested');

  // Every other item still counts.
  await answer(page, 'II.A.1.d', 'Not documented');
  await expectOutcome(page, 'incomplete');
  await answer(page, 'II.A.1.d', 'Met');
  await expectOutcome(page, 'medical_director_review');

  await nextStep(page, 'Codes');
  await page.getByLabel('Search codes').fill('programmable pump');
  await page.getByRole('checkbox', { name: /^62362/ }).check();
  await expect(page.getByRole('region', { name: /Requested codes/ })).toContainText('62362');

  // No trial result, the request standing in for it, all else met or absent: the Note sends it to a medical director.
  await nextStep(page, 'Determination');
  await expectOutcome(page, 'medical_director_review');

  await page.getByRole('link', { name: 'Open the printable summary' }).click();
  await expect(page).toHaveURL(/\/summary/);
  await expect(determination(page)).toHaveCount(1);
  await expectOutcome(page, 'medical_director_review');
  await expect(page.getByText('62362').first()).toBeVisible();
});

test('implant, non-malignant: every item on the way, then a failing one, to the determination', async ({
  page,
}) => {
  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Non-malignant' });
  await nextStep(page, 'Trial criteria');
  await answerAll(page, SECTION_ITEMS['I.A.2'], 'Met');
  await nextStep(page, 'Contraindications');
  await answerAll(page, SECTION_ITEMS['II.B'], 'Absent');
  await nextStep(page, 'Implant criteria');
  await expect(page.getByRole('group', { name: /Trial waiver/ })).toHaveCount(0);
  await answer(page, 'II.A.2', 'Met');
  await answerAll(page, SECTION_ITEMS['II.A.2'], 'Met');
  await expectOutcome(page, 'meets_criteria');
  await answer(page, 'II.A.2.c', 'Not met');
  await expectOutcome(page, 'not_met');
  await expect(determination(page).getByRole('link', { name: /II\.A\.2\.c/ })).toBeVisible();

  await nextStep(page, 'Codes');
  await page.getByLabel('Search codes').fill('E0783');
  await page.getByRole('checkbox', { name: /^E0783/ }).check();
  await expect(page.getByRole('region', { name: /Requested codes/ })).toContainText(
    'on the fee schedule',
  );

  // A required criterion not met: not met, whatever the codes; the link still leads to II.A.2.c.
  await nextStep(page, 'Determination');
  await expectOutcome(page, 'not_met');
  await determination(page)
    .getByRole('link', { name: /II\.A\.2\.c/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Implant criteria');
  await expect(
    itemGroup(page, 'II.A.2.c').getByRole('radio', { name: 'Not met', exact: true }),
  ).toBeFocused();
});

test("the criteria steps show the policy word for word: Part I and II, the A. lead-in, and II.A.1.a's * to the Note", async ({
  page,
}) => {
  expect(PART_I).toMatch(
    /^It is the policy of Louisiana Healthcare Connections that a preliminary trial .* are met:$/,
  );
  expect(PART_II).toContain(
    'implantation of a permanent epidural or intrathecal pain pump to administer an opioid drug',
  );
  expect(LEAD_IN).toBe('Request is for either of the following indications:');

  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Malignant' });
  await nextStep(page, 'Trial criteria');
  await expect(page.getByText(PART_I)).toBeVisible();
  await expect(page.getByText(LEAD_IN)).toBeVisible();
  await expect(page.getByText(PART_II)).toHaveCount(0);

  // At implant the contraindications are II.B, under Part II.
  await nextStep(page, 'Contraindications');
  await expect(page.getByText(PART_II)).toBeVisible();
  await expect(page.getByText(LEAD_IN)).toHaveCount(0);

  await nextStep(page, 'Implant criteria');
  await expect(page.getByText(PART_II)).toBeVisible();
  await expect(page.getByText(LEAD_IN)).toBeVisible();
  await expect(page.getByText(PART_I)).toHaveCount(0);
  await expect(page.getByText(NOTE)).toBeVisible();
  const mark = itemGroup(page, 'II.A.1.a').getByRole('link', {
    name: /^\* See the Note on waiving the trial/,
  });
  await expect(mark).toBeVisible();
  await expect(mark).toHaveText(/^\*/);
  await mark.click();
  const note = page.locator('#trial-waiver-note');
  await expect(note).toBeFocused();
  await expect(note).toHaveText(`*Note: ${NOTE}`);
  await expect(note).toBeInViewport();

  // A trial's contraindications are I.B, under Part I.
  await page
    .getByRole('navigation', { name: 'Review steps' })
    .getByRole('link', { name: /Request/ })
    .click();
  await page.getByRole('radio', { name: 'Trial', exact: true }).check();
  await nextStep(page, 'Trial criteria');
  await nextStep(page, 'Contraindications');
  await expect(page.getByText(PART_I)).toBeVisible();
});

test('baclofen ends the review at once with LA.PHAR.149', async ({ page }) => {
  await chooseRequest(page, { drug: 'Baclofen' });
  await expectOutcome(page, 'out_of_scope');
  await expect(determination(page)).toContainText('LA.PHAR.149');
  const steps = page.getByRole('navigation', { name: 'Review steps' }).getByRole('link');
  await expect(steps).toHaveText([/Request/, /Determination/]);
  await nextStep(page, 'Determination');
  await expectOutcome(page, 'out_of_scope');
});

test('another drug ends the review at once: the policy names no other policy for it', async ({
  page,
}) => {
  await chooseRequest(page, { drug: 'Another drug' });
  await expectOutcome(page, 'out_of_scope');
  // LA.CP.MP.107 is named for other indications, not other drugs.
  await expect(determination(page)).not.toContainText('LA.CP.MP.107');
  const steps = page.getByRole('navigation', { name: 'Review steps' }).getByRole('link');
  await expect(steps).toHaveText([/Request/, /Determination/]);
  await nextStep(page, 'Determination');
  await expectOutcome(page, 'out_of_scope');
  await expect(determination(page)).toContainText('names no other policy');
  await expect(determination(page)).not.toContainText('LA.CP.MP.107');
  await expect(determination(page)).not.toContainText('LA.PHAR.149');
  await expect(steps).toHaveText([/Request/, /Determination/]);
});

test('the decision due-by follows urgency and the time received', async ({ page }) => {
  await page.getByRole('radio', { name: 'Expedited', exact: true }).check();
  await page.getByLabel('Request received (Central time)').fill('2026-10-30T10:00');
  // 72 hours after 10:00 CDT on Friday 30 October is 09:00 CST on Monday 2 November (clocks go back on 1 November).
  await expect(page.getByRole('main').getByText(/Decision due by/)).toContainText(
    'Mon, Nov 2, 2026, 9:00 AM CST',
  );
  await page.getByRole('radio', { name: 'Standard', exact: true }).check();
  // Standard: seven calendar days, same clock time.
  await expect(page.getByRole('main').getByText(/Decision due by/)).toContainText(
    'Fri, Nov 6, 2026, 10:00 AM CST',
  );
  // From then on, the live determination beside every step shows it.
  const live = page.getByRole('complementary', { name: 'Live determination' });
  await expect(live.getByText(/Decision due by/)).toContainText('Fri, Nov 6, 2026, 10:00 AM CST');
  await page.getByRole('radio', { name: 'An opioid, alone or with non-opioid drugs' }).check();
  await page.getByRole('radio', { name: 'Trial', exact: true }).check();
  await page.getByRole('radio', { name: 'Malignant', exact: true }).check();
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: 'Trial criteria' })).toBeVisible();
  await expect(live.getByText(/Decision due by/)).toContainText('Fri, Nov 6, 2026, 10:00 AM CST');
});

test('a date of birth after the review date is named as the problem', async ({ page }) => {
  await page.getByLabel('Review date').fill('2026-11-24');
  await page.getByLabel('Member date of birth').fill('2027-01-05');
  await expect(page.getByText('The date of birth is after the review date.')).toBeVisible();
  await expect(page.getByLabel('Member date of birth')).toHaveAttribute('aria-invalid', 'true');
});

test('a review date the reviewer clears stays cleared while they move about the app', async ({
  page,
}) => {
  // A new review starts with today's date; the reviewer empties the field.
  await expect(page.getByLabel('Review date')).not.toHaveValue('');
  await page.getByLabel('Review date').fill('');
  // Something recorded, so that there is a summary to show (without it, nothing to summarise).
  await page.getByRole('radio', { name: OPIOID }).check();
  const header = page.getByRole('navigation', { name: 'Main' });
  await header.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByLabel('Review date')).toHaveValue('');
  await header.getByRole('link', { name: 'Summary' }).click();
  await expect(page.getByText('(today; none recorded)')).toBeVisible();
});

test('a reload keeps every answer, note and request detail', async ({ page }) => {
  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Non-malignant' });
  await page.getByLabel('Member ID').fill('LA-0042');
  await nextStep(page, 'Trial criteria');
  await answer(page, 'I.A.2.a', 'Met');
  await answer(page, 'I.A.2.g', 'Not met');
  await page.getByLabel('Note on I.A.2.g').fill('MME 180 → 120: only 33% weaned');

  await page.reload();
  await expect(
    itemGroup(page, 'I.A.2.g').getByRole('radio', { name: 'Not met', exact: true }),
  ).toBeChecked();
  await expect(
    itemGroup(page, 'I.A.2.a').getByRole('radio', { name: 'Met', exact: true }),
  ).toBeChecked();
  await expect(page.getByLabel('Note on I.A.2.g')).toHaveValue('MME 180 → 120: only 33% weaned');
  await expectOutcome(page, 'not_met');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request');
  await expect(page.getByRole('radio', { name: 'Non-malignant', exact: true })).toBeChecked();
  await expect(page.getByLabel('Member ID')).toHaveValue('LA-0042');
});

test('"New review" asks first, and clears only when confirmed', async ({ page }) => {
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a new review?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep this review' }).click();
  await page.getByRole('link', { name: 'Continue the review in progress' }).click();
  await expect(page.getByRole('radio', { name: 'Trial', exact: true })).toBeChecked();

  await page.goto('/');
  await page.getByRole('button', { name: 'New review' }).click();
  await page.getByRole('button', { name: 'Clear and start new' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request');
  await expect(page.getByRole('radio', { name: 'Trial', exact: true })).not.toBeChecked();
});

test('tampered addresses land on a sensible page', async ({ page }) => {
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
  await page.goto('/review/not-a-step');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Continue the review' }).click();
  await expect(page.getByRole('radio', { name: 'Trial', exact: true })).toBeChecked();

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  await page.goto('/review/trial-criteria?focus=%3Cscript%3E&mode=admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trial criteria');
  await expectOutcome(page, 'incomplete');

  // A step this request does not need says so instead of asking.
  await page.goto('/review/implant-criteria');
  await expect(
    page.getByText('This request does not need the implant criteria step.'),
  ).toBeVisible();
});

test('no axe violations on any step of an implant review, nor on home and not-found', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await expectNoAxeViolations(page);
  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Malignant' });
  await expectNoAxeViolations(page);
  await nextStep(page, 'Trial criteria');
  await answer(page, 'I.A.1.a', 'Not met');
  await answer(page, 'I.A.1.b', 'Not documented');
  await expectNoAxeViolations(page);
  await nextStep(page, 'Contraindications');
  await expectNoAxeViolations(page);
  await nextStep(page, 'Implant criteria');
  await page.getByRole('checkbox', { name: /limited/i }).check();
  await page.getByText(/Pain score calculator/).click();
  await expectNoAxeViolations(page);
  await nextStep(page, 'Codes');
  await page.getByRole('checkbox', { name: /^E0782/ }).check();
  await expectNoAxeViolations(page);
  await nextStep(page, 'Determination');
  await expectNoAxeViolations(page);
  await openPage(page, '/');
  await expectNoAxeViolations(page);
  await openPage(page, '/nowhere');
  await expectNoAxeViolations(page);
});

test('every route shrugs off tampered search params', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const addresses = [
    '/?mode=%3Cscript%3E&x=1',
    '/?mode[]=provider',
    '/review?focus=I.A.2.g',
    '/review/request?mode=provider&focus=__proto__',
    '/review/trial-criteria?focus=I.Z.9&focus=I.A.1.a',
    '/review/codes?mode=%22%3E%3Cimg%20src%3Dx%3E',
    '/summary?view=short&view=full&mode=reviewer',
    '/summary?view=%7B%22a%22%3A1%7D',
    '/review/%2e%2e%2fsummary',
  ];
  for (const address of addresses) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1 }), address).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});
