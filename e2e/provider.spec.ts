import { expect, test, type Page } from '@playwright/test';
import {
  answer,
  answerAll,
  chooseRequest,
  determination,
  expectNoAxeViolations,
  expectOutcome,
  nextStep,
  SECTION_ITEMS,
} from './helpers';
import { printToPdf } from './pdf-text';

const OPIOID = 'An opioid, alone or with non-opioid drugs' as const;
const DISCLAIMER = 'Decision support only: not a coverage determination.';

// Printing to PDF and reading it back takes seconds on a shared two-core machine.
test.describe.configure({ timeout: 60_000 });

/** A provider's office is never told of an approval: not on any page, not in the tab's title. */
async function expectNeverApproved(page: Page): Promise<void> {
  await expect(page.locator('body')).not.toContainText(/approv/i);
  expect(await page.title()).not.toMatch(/approv/i);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start a provider self-check' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request');
  await expect(page).toHaveURL(/mode=provider/);
});

test('the provider self-check ends in a checklist of what to attach, never an approval', async ({
  page,
}) => {
  await expect(
    page.getByText('Decision support only: not a coverage determination.').first(),
  ).toBeVisible();
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Non-malignant' });
  await page.getByRole('link', { name: /^Next: Trial criteria/ }).click();
  await expect(page).toHaveURL(/mode=provider/);
  await expect(page.getByText('Does the record document this?').first()).toBeVisible();
  await answerAll(page, SECTION_ITEMS['I.A.2'], 'Met');
  await answer(page, 'I.A.2.e', 'Not documented');
  await answer(page, 'I.A.2.g', 'Not met');
  await expectOutcome(page, 'not_met');

  await page
    .getByRole('navigation', { name: 'Review steps' })
    .getByRole('link', { name: /Checklist/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist');
  const checklist = determination(page);
  await expect(checklist).toHaveAttribute('data-outcome', 'not_met');
  await expect(checklist).toContainText('Decision support only: not a coverage determination.');
  // I.A.2.e needs the psychological evaluation; I.A.2.g the doses before and after weaning.
  await expect(checklist.getByRole('listitem').filter({ hasText: 'I.A.2.e' })).toContainText(
    /psychological evaluation/i,
  );
  await expect(checklist.getByRole('listitem').filter({ hasText: 'I.A.2.g' })).toContainText(/MME/);
  // Nothing about the contraindications has been answered: each is on the list.
  for (const id of SECTION_ITEMS['I.B']) await expect(checklist).toContainText(id);
  await expect(checklist.getByRole('button', { name: 'Print this checklist' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/approv/i);
});

test('a self-check with everything documented says so, still without approving', async ({
  page,
}) => {
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
  await page.getByRole('link', { name: /^Next: Trial criteria/ }).click();
  await answerAll(page, ['I.A.1', ...SECTION_ITEMS['I.A.1']], 'Met');
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

test('no page of a provider walk says approved, and each speaks as an office', async ({ page }) => {
  await page.goto('/?mode=provider');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('review');
  // The policy's dates, without its approval date.
  await expect(page.getByRole('main')).toContainText('Revision 1/26, effective 4/30/26.');
  await expectNeverApproved(page);

  await page.getByRole('link', { name: 'Start a provider self-check' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request');
  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Non-malignant' });
  // Office words for the dates, the clock and who prepares the request.
  await page.getByLabel('Date of this check').fill('2026-11-24');
  // A date of birth after that date is named in the office's words too.
  await page.getByLabel('Member date of birth').fill('2027-01-01');
  await expect(page.getByLabel('Member date of birth')).toHaveAccessibleDescription(
    /after the date of this check/,
  );
  await page.getByLabel('Member date of birth').fill('1970-05-01');
  await expect(page.getByText('Age 56 on the date of this check.')).toBeVisible();
  await page.getByRole('radio', { name: 'Expedited', exact: true }).check();
  await page.getByLabel('Request received by the plan (Central time)').fill('2026-11-23T09:30');
  // Expedited: 72 hours after the plan received it.
  await expect(page.getByRole('main').getByText(/The plan’s decision is due by/)).toContainText(
    'Thu, Nov 26, 2026, 9:30 AM CST',
  );
  await page.getByLabel('Person preparing the request').fill('Dana Office');
  await expect(page.getByText('Review date', { exact: true })).toHaveCount(0);
  await expect(page.getByText('Reviewer', { exact: true })).toHaveCount(0);
  await expectNeverApproved(page);

  await nextStep(page, 'Trial criteria');
  await expect(page.getByText('Does the record document this?').first()).toBeVisible();
  await answerAll(page, SECTION_ITEMS['I.A.2'], 'Met');
  await expectNeverApproved(page);
  await nextStep(page, 'Contraindications');
  await answerAll(page, SECTION_ITEMS['II.B'], 'Absent');
  await expectNeverApproved(page);
  await nextStep(page, 'Implant criteria');
  await answerAll(page, ['II.A.2', ...SECTION_ITEMS['II.A.2']], 'Met');
  await expectOutcome(page, 'meets_criteria');
  await expectNeverApproved(page);

  await nextStep(page, 'Codes');
  // 62350 is on the fee schedule; C1772 is marked * and the member is 21 or over.
  await page.getByRole('checkbox', { name: /^62350 / }).check();
  await page.getByRole('checkbox', { name: /^C1772\* / }).check();
  const requested = page.getByRole('region', { name: /^Requested codes/ });
  await expect(requested.getByRole('listitem').filter({ hasText: '62350' })).toContainText(
    'Listed in the policy',
  );
  await expect(requested.getByRole('listitem').filter({ hasText: 'C1772' })).toContainText(
    'Not listed as covered by the policy',
  );
  // The reviewer's words for these findings read as coverage decisions: none of them here.
  await expect(requested).not.toContainText(/Listed, on the fee schedule|Not covered/i);
  await expectNeverApproved(page);

  await nextStep(page, 'Checklist');
  await expect(determination(page)).toContainText('documents every criterion');
  await expect(determination(page)).toContainText('Prepared by: Dana Office');
  await expectNeverApproved(page);

  await page.goto('/summary?mode=provider');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Provider self-check: what to send',
  );
  await expect(determination(page)).toContainText(DISCLAIMER);
  await expectNeverApproved(page);
});

/** A non-malignant trial with two items not documented and two failing, and what the office entered. */
const TRIAL_TO_SEND = {
  policy: 'LA.CP.MP.173',
  request: 'trial',
  drug: 'opioid',
  indication: 'nonmalignant',
  answers: {
    'I.A.2.a': 'met',
    'I.A.2.b': 'met',
    'I.A.2.d': 'met',
    'I.A.2.e': 'unknown',
    'I.A.2.f': 'met',
    'I.A.2.g': 'not_met',
    'I.A.2.h': 'met',
    'I.B.1': 'absent',
    'I.B.2': 'absent',
    'I.B.3': 'absent',
    'I.B.4': 'present',
    'I.B.5': 'absent',
  },
  member: { name: 'Jordan A. Example', id: 'LA0012345678', dateOfBirth: '1970-05-01' },
  provider: { name: 'Bayou Pain Associates', npi: '1234567893' },
  reviewer: { name: 'Dana Office' },
  reviewDate: '2026-11-24',
};

test('the printed checklist stands on its own: the request, what to attach for each item, the mark, and no app', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Import case').setInputFiles({
    name: 'trial.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(TRIAL_TO_SEND)),
  });
  await expect(page).toHaveURL(/\/review\/determination/);
  await page.goto('/review/determination?mode=provider');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist');
  await expect(determination(page)).toHaveAttribute('data-outcome', 'not_met');
  await expectNoAxeViolations(page);

  const pages = await printToPdf(page, 'Letter');
  // What to attach, and the full packet: every item the request needs and what shows it.
  expect(pages.length).toBeLessThanOrEqual(3);
  const text = pages.join('\n').replace(/\s+/g, ' ');
  // The request it goes with.
  for (const part of [
    'LA.CP.MP.173',
    'Jordan A. Example',
    'Member ID LA0012345678',
    'Bayou Pain Associates',
    'NPI 1234567893',
    'Trial (Part I, preliminary trial)',
    'Non-malignant',
    OPIOID,
    'November 24, 2026',
    'Dana Office',
  ])
    expect(text, part).toContain(part);
  // Each item not documented or shown as not met, with what to attach: the psychological
  // evaluation for I.A.2.e and doses before and after weaning for I.A.2.g. I.A.2.c is not
  // answered yet: a question for the office, apart, with what to attach if the record lacks it.
  expect(text).toMatch(
    /Not answered yet in this check [^]*?I\.A\.2\.c [^]*?If the record does not show it, attach records of the conservative treatments tried/,
  );
  const attach: Record<string, RegExp> = {
    'I.A.2.e': /I\.A\.2\.e [^]*?Attach: the psychological evaluation report/,
    'I.A.2.g': /I\.A\.2\.g [^]*?Attach: opioid doses \(MME\/day\) before and after weaning/,
    'I.B.4':
      /I\.B\.4 [^]*?Attach: a recent examination and laboratory results showing no active systemic infection/,
  };
  for (const [id, pattern] of Object.entries(attach)) expect(text, id).toMatch(pattern);
  expect(text.match(/Attach:/g)).toHaveLength(Object.keys(attach).length);
  // The mark, on every page.
  pages.forEach((pageText, index) => expect(pageText, `page ${index + 1}`).toContain(DISCLAIMER));
  expect(text).not.toMatch(/approv/i);
  // Nothing of the app: no header, steps, step count, navigation, buttons or live panel.
  for (const control of [
    'Pain pump review',
    'Skip to main content',
    'Print this checklist',
    'Trial criteria',
    'Contraindications',
    'Checklist',
    'Previous:',
    'Keyboard shortcuts',
    'Self-check so far',
    'Provider self-check.',
  ])
    expect(text, control).not.toContain(control);
  expect(text).not.toMatch(/Step \d+ of \d+/);

  await page.emulateMedia({ media: 'print' });
  // Every control but the skip link, which is off screen and read by screen readers only.
  for (const control of await page
    .locator('button, input, select, textarea, nav, a:not([href="#main"])')
    .all())
    await expect(control).toBeHidden();
});

test('with a trial waiver requested, the checklist says the trial’s result is the one criterion not documented', async ({
  page,
}) => {
  // A malignant implant: every criterion met but II.A.1.a, left for the waiver request.
  const met = ['I.A.1.a', 'I.A.1.b', 'I.A.1.c', 'II.A.1', 'II.A.1.b', 'II.A.1.c', 'II.A.1.d'];
  const absent = ['II.B.1', 'II.B.2', 'II.B.3', 'II.B.4', 'II.B.5'];
  const review = {
    policy: 'LA.CP.MP.173',
    request: 'implant',
    drug: 'opioid',
    indication: 'malignant',
    trialWaiver: ['limited_survival'],
    answers: Object.fromEntries([
      ...met.map((id) => [id, 'met']),
      ...absent.map((id) => [id, 'absent']),
    ]),
  };
  await page.evaluate(
    (text) => window.sessionStorage.setItem('la-cp-mp-173.review', text),
    JSON.stringify(review),
  );
  await page.goto('/review/determination?mode=provider');
  await expectOutcome(page, 'medical_director_review');
  await expect(determination(page)).toContainText(
    'documents every criterion the policy asks of this request but the trial’s result (II.A.1.a), for which a trial waiver is requested',
  );
  await expectNeverApproved(page);
});
