import { expect, test, type Page } from '@playwright/test';
import {
  answer,
  answerAll,
  CHRONIC_PAIN_HELP,
  chooseRequest,
  determination,
  expectNoAxeViolations,
  expectOutcome,
  itemGroup,
  nextStep,
  OPIOID,
  openPage,
  OTHER_INDICATION,
  PUMP_IN_PLACE,
  SECTION_ITEMS,
  type AnswerLabel,
} from './helpers';

// The paths of issue 14, each with the outcome DESIGN.md and the policy give it, written out here
// by hand: the indications, scope, the trial waiver request, the codes that fit a request, the
// date of service, unanswered apart from not documented, and the revision's warning.

test.describe.configure({ timeout: 60_000 });

/** The status an item shows under its text. */
const statusOf = (page: Page, id: string) =>
  itemGroup(page, id)
    .locator('p')
    .filter({ hasText: /^Status:/ });
const live = (page: Page) => page.getByRole('complementary', { name: 'Live determination' });
const steps = (page: Page) =>
  page.getByRole('navigation', { name: 'Review steps' }).getByRole('link');

/** The three grounds of the Note to II, as the policy words them. */
const GROUNDS = [
  'Advanced disease',
  'Survival time is limited',
  'Considered high risk for procedures',
] as const;

async function startReview(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start a review' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request');
}

/** Imports a case; `over` when a review in progress is there, which the import asks to replace. */
async function importCase(
  page: Page,
  file: Record<string, unknown>,
  { over = false } = {},
): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Import case').setInputFiles({
    name: 'case.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ policy: 'LA.CP.MP.173', ...file })),
  });
  if (over) await page.getByRole('button', { name: 'Replace it with the file' }).click();
  await expect(page).toHaveURL(/\/review\/determination/);
}

/**
 * A malignant implant walked through the wizard with every item but II.A.1.a satisfied, the
 * waiver request's grounds ticked, and II.A.1.a answered as given (null: left unanswered).
 */
async function malignantImplant(
  page: Page,
  grounds: readonly (typeof GROUNDS)[number][],
  trial: AnswerLabel | null,
): Promise<void> {
  await startReview(page);
  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Malignant' });
  await nextStep(page, 'Trial criteria');
  // I.A.1 is not asked again at implant: II.A.1 restates it.
  await expect(itemGroup(page, 'I.A.1')).toHaveCount(0);
  await answerAll(page, SECTION_ITEMS['I.A.1'], 'Met');
  await nextStep(page, 'Contraindications');
  await answerAll(page, SECTION_ITEMS['II.B'], 'Absent');
  await nextStep(page, 'Implant criteria');
  await answer(page, 'II.A.1', 'Met');
  await answerAll(page, ['II.A.1.b', 'II.A.1.c', 'II.A.1.d'], 'Met');
  const request = page.getByRole('group', { name: /^Trial waiver request/ });
  // Nothing is ticked in advance: no ground is a fact anybody has checked.
  for (const ground of GROUNDS)
    await expect(request.getByRole('checkbox', { name: ground })).not.toBeChecked();
  for (const ground of grounds) await request.getByRole('checkbox', { name: ground }).check();
  if (trial) await answer(page, 'II.A.1.a', trial);
}

test.describe('the indications', () => {
  test('each is asked first in its section, named by its ID, with the Background’s definition', async ({
    page,
  }) => {
    await startReview(page);
    await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Non-malignant' });
    await nextStep(page, 'Trial criteria');
    const groups = page.locator('fieldset[data-item]');
    await expect(groups.first()).toHaveAttribute('data-item', 'I.A.2');
    await expect(itemGroup(page, 'I.A.2')).toHaveAccessibleName(
      /^I\.A\.2 Chronic intractable pain of nonmalignant origin \(e\.g\. failed back surgery syndrome/,
    );
    await expect(itemGroup(page, 'I.A.2')).toHaveAccessibleDescription(
      new RegExp(CHRONIC_PAIN_HELP.replace(/\./g, '\\.')),
    );

    // Every lettered item met, the indication not answered: the review is not finished.
    await answerAll(page, SECTION_ITEMS['I.A.2'], 'Met');
    await nextStep(page, 'Contraindications');
    await answerAll(page, SECTION_ITEMS['I.B'], 'Absent');
    await expectOutcome(page, 'incomplete');
    await expect(live(page).getByRole('link', { name: /^I\.A\.2 Chronic/ })).toBeVisible();
    // Pain that is not chronic and intractable is not what the trial covers.
    await live(page)
      .getByRole('link', { name: /^I\.A\.2 Chronic/ })
      .click();
    await answer(page, 'I.A.2', 'Not met');
    await expectOutcome(page, 'not_met');
    await answer(page, 'I.A.2', 'Met');
    await expectOutcome(page, 'meets_criteria');
  });

  test('an implant asks II.A.1 first among its criteria', async ({ page }) => {
    await startReview(page);
    await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Malignant' });
    await page.goto('/review/implant-criteria');
    await expect(page.locator('fieldset[data-item]').first()).toHaveAttribute(
      'data-item',
      'II.A.1',
    );
    await expect(itemGroup(page, 'II.A.1')).toHaveAccessibleName(
      /^II\.A\.1 Chronic intractable pain of malignant origin/,
    );
  });
});

test.describe('the trial waiver request (Note to II)', () => {
  test('with a failed trial: the failing II.A.1.a stands, and the reasons mention the request', async ({
    page,
  }) => {
    await malignantImplant(page, ['Advanced disease'], 'Not met');
    await expectOutcome(page, 'not_met');
    await expect(live(page).getByRole('link', { name: /^II\.A\.1\.a / })).toBeVisible();
    // The answer says it fails; no badge repeats it.
    await expect(statusOf(page, 'II.A.1.a')).toHaveCount(0);

    await page.goto('/summary');
    await expectOutcome(page, 'not_met');
    const reasons = page.getByRole('region', { name: /Reasons for the medical director/ });
    await expect(reasons).toContainText('II.A.1.a');
    await expect(page.getByRole('region', { name: 'Determination' })).toContainText(
      /waiver was requested/i,
    );
  });

  test('with a successful trial: the request is moot, the case meets criteria as if there were none', async ({
    page,
  }) => {
    await malignantImplant(page, ['Survival time is limited'], 'Met');
    await expectOutcome(page, 'meets_criteria');
    await page.goto('/summary');
    await expectOutcome(page, 'meets_criteria');
    const outcome = page.getByRole('region', { name: 'Determination' });
    await expect(outcome).toContainText('as if there were none');
    // A moot request goes to nobody: the nurse may approve.
    await expect(outcome).not.toContainText(/medical director decides/i);
  });

  test('with the trial not documented, or not answered: II.A.1.a stands aside and a medical director decides', async ({
    page,
  }) => {
    await malignantImplant(page, ['Advanced disease', 'Considered high risk for procedures'], null);
    // II.A.1.a not answered, the request standing in for it.
    await expectOutcome(page, 'medical_director_review');
    await expect(statusOf(page, 'II.A.1.a')).toHaveText(/^Status: Trial waiver requested/i);
    await answer(page, 'II.A.1.a', 'Not documented');
    await expectOutcome(page, 'medical_director_review');
    await expect(live(page)).toContainText('Trial waiver requested');

    // Every other item is still required.
    await answer(page, 'II.A.1.d', 'Not documented');
    await expectOutcome(page, 'incomplete');
    await answer(page, 'II.A.1.d', 'Met');

    // Without a ground ticked there is no request, and the trial's result is required again.
    const request = page.getByRole('group', { name: /^Trial waiver request/ });
    await request.getByRole('checkbox', { name: 'Advanced disease' }).uncheck();
    await expectOutcome(page, 'medical_director_review');
    await request.getByRole('checkbox', { name: 'Considered high risk for procedures' }).uncheck();
    await expectOutcome(page, 'incomplete');
    await request.getByRole('checkbox', { name: 'Advanced disease' }).check();

    await page.goto('/summary');
    await expectOutcome(page, 'medical_director_review');
    const outcome = page.getByRole('region', { name: 'Determination' });
    await expect(outcome).toContainText('Trial waiver request');
    await expect(outcome).toContainText('Advanced disease');
  });

  test('II.A.1.a keeps its * to the Note, on screen and on the printed summary', async ({
    page,
  }) => {
    await malignantImplant(page, [], 'Met');
    await expect(
      itemGroup(page, 'II.A.1.a').getByRole('link', { name: /See the Note on waiving the trial/ }),
    ).toBeVisible();
    await page.goto('/summary');
    await page.emulateMedia({ media: 'print' });
    const row = page.locator('tr[data-status]', {
      has: page.getByText('II.A.1.a', { exact: true }),
    });
    await expect(row).toContainText('minimal side effects*');
    await expect(page.getByText(/^\*Note: The trial requirement/)).toBeVisible();
  });
});

test.describe('scope comes first', () => {
  test('a failing item with the drug not recorded: incomplete, not referred', async ({ page }) => {
    await startReview(page);
    await chooseRequest(page, { request: 'Trial', indication: 'Malignant' });
    await nextStep(page, 'Trial criteria');
    await answer(page, 'I.A.1.b', 'Not met');
    // The drug may still be baclofen: nothing is referred on criteria that may not apply.
    await expectOutcome(page, 'incomplete');
    await expect(live(page).getByRole('link', { name: /^I\.A\.1\.b / })).toBeVisible();
    await page.goto('/review/request');
    await chooseRequest(page, { drug: OPIOID });
    await expectOutcome(page, 'not_met');
  });

  test('another drug: out of scope, and the policy names no other policy for it', async ({
    page,
  }) => {
    await startReview(page);
    await chooseRequest(page, { drug: 'Another drug' });
    await expectOutcome(page, 'out_of_scope');
    await expect(steps(page)).toHaveText([/Request/, /Determination/]);
    await expect(page.getByRole('main')).toContainText('names no other policy');
    await nextStep(page, 'Determination');
    await expectOutcome(page, 'out_of_scope');
    await expect(determination(page)).toContainText('names no other policy');
    await expect(determination(page)).not.toContainText('LA.CP.MP.107');
    await expect(determination(page)).not.toContainText('LA.PHAR.149');
  });

  test('another indication: out of scope, to LA.CP.MP.107 for other indications', async ({
    page,
  }) => {
    await startReview(page);
    await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: OTHER_INDICATION });
    await expectOutcome(page, 'out_of_scope');
    await expect(steps(page)).toHaveText([/Request/, /Determination/]);
    await expect(page.getByRole('main')).toContainText(
      'Refer to the LA.CP.MP.107 Durable Medical Equipment (DME) section on Pumps for criteria for other indications.',
    );
  });

  test('a pump already in place: no criteria in this policy, the codes still found', async ({
    page,
  }) => {
    await startReview(page);
    await chooseRequest(page, { drug: OPIOID, request: PUMP_IN_PLACE });
    await expectOutcome(page, 'out_of_scope');
    await expect(page.getByRole('main')).toContainText(
      /has no criteria for a pump already in place/,
    );
    // No criteria to ask, but the codes step stays.
    await expect(steps(page)).toHaveText([/Request/, /Codes/, /Determination/]);
    await nextStep(page, 'Codes');
    await page.getByLabel('Search codes').fill('62369');
    await page.getByRole('checkbox', { name: /^62369/ }).check();
    const requested = page.getByRole('region', { name: /Requested codes/ });
    await expect(requested).toContainText('Fits a request about a pump already in place');
    await nextStep(page, 'Determination');
    await expectOutcome(page, 'out_of_scope');
    await expect(determination(page)).toContainText('62369');
  });
});

test.describe('codes', () => {
  test('a trial with 62362: the trial may be approved, the pump code goes to a medical director', async ({
    page,
  }) => {
    await startReview(page);
    await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
    await nextStep(page, 'Trial criteria');
    await answer(page, 'I.A.1', 'Met');
    await answerAll(page, SECTION_ITEMS['I.A.1'], 'Met');
    await nextStep(page, 'Contraindications');
    await answerAll(page, SECTION_ITEMS['I.B'], 'Absent');
    await nextStep(page, 'Codes');

    // The table of which codes fit which request: 62362 (pump implantation) is not a trial's.
    const table = page.getByRole('table', { name: /Which codes fit which request/ });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Code',
      /^Trial/,
      'Implant',
      'Pump in place',
    ]);
    await expect(table.getByRole('row', { name: /^62362/ }).getByRole('cell')).toHaveText([
      /does not fit/,
      /^✓fits$/,
      /^✓fits$/,
    ]);
    await expect(table.getByRole('row', { name: /^62322/ }).getByRole('cell')).toHaveText([
      /^✓fits$/,
      /does not fit/,
      /does not fit/,
    ]);

    await page.getByLabel('Search codes').fill('62362');
    await page.getByRole('checkbox', { name: /^62362/ }).check();
    await page.getByLabel('Search codes').fill('62322');
    await page.getByRole('checkbox', { name: /^62322/ }).check();
    const requested = page.getByRole('region', { name: /Requested codes/ });
    await expect(requested).toContainText(
      'Listed, on the fee schedule (listing does not guarantee coverage)',
    );
    await expect(requested.locator('[data-code-line="62362"]')).toContainText(
      'Does not fit a trial request',
    );

    await nextStep(page, 'Determination');
    // The criteria are met; the line that does not fit is referred, never denied.
    await expectOutcome(page, 'meets_criteria');
    await expect(determination(page).locator('[data-code-line="62362"]')).toContainText(
      'medical director',
    );
    await expect(determination(page).locator('[data-code-line="62322"]')).toContainText(
      'A nurse may approve this line',
    );
  });

  test('a member who turns 21 between the review and the date of service: the * code is not covered', async ({
    page,
  }) => {
    await startReview(page);
    await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Non-malignant' });
    await page.getByLabel('Review date').fill('2026-12-01');
    // 21 on December 15, 2026: 20 on the review date.
    await page.getByLabel('Member date of birth').fill('2005-12-15');
    await page.goto('/review/codes');
    await page.getByLabel('Search codes').fill('E0782');
    await page.getByRole('checkbox', { name: /^E0782/ }).check();
    const requested = page.getByRole('region', { name: /Requested codes/ });
    // No date of service: age 20 on the review date, a medical necessity review under 21.
    await expect(requested).toContainText('member under 21');
    await page.getByLabel('Date of service').fill('2026-12-20');
    // 21 on the date of service: a * code is not covered at 21 or over.
    await expect(requested).toContainText('Not covered');
    await expect(requested).toContainText('21 or over');
    await page.getByLabel('Date of service').fill('2026-12-14');
    await expect(requested).toContainText('member under 21');
  });
});

test.describe('unanswered is not "Not documented"', () => {
  test('the item, the step list, the live determination and the summary keep them apart', async ({
    page,
  }) => {
    await startReview(page);
    await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
    await nextStep(page, 'Trial criteria');
    // Nothing answered: no item's status says "Not documented".
    await expect(statusOf(page, 'I.A.1.b')).toHaveText('Status: Not answered yet');
    await answer(page, 'I.A.1', 'Met');
    await answer(page, 'I.A.1.a', 'Not documented');
    // Answered Not documented: the answer says so, and no "not answered" badge remains.
    await expect(statusOf(page, 'I.A.1.a')).toHaveCount(0);
    await expect(statusOf(page, 'I.A.1.b')).toHaveText('Status: Not answered yet');

    await expect(live(page).getByRole('heading', { name: /^Not documented \(1\)/ })).toBeVisible();
    await expect(live(page).getByRole('heading', { name: /^Not answered yet/ })).toBeVisible();
    await expect(steps(page).filter({ hasText: 'Trial criteria' })).toContainText(
      'questions still unanswered',
    );

    await page.goto('/summary');
    const toRequest = page.getByRole('region', { name: /Documentation to request/ });
    await expect(toRequest).toContainText('I.A.1.a');
    await expect(toRequest).not.toContainText('I.A.1.b');
    const unfinished = page.getByRole('region', { name: /Not answered yet/ });
    await expect(unfinished).toContainText('I.A.1.b');
    await expect(unfinished).toContainText('I.B.1');
    await expect(unfinished).not.toContainText('I.A.1.a');
  });

  test('the provider checklist asks to attach only what the record lacks', async ({ page }) => {
    await importCase(page, {
      request: 'trial',
      drug: 'opioid',
      indication: 'malignant',
      answers: { 'I.A.1': 'met', 'I.A.1.a': 'unknown' },
    });
    await openPage(page, '/review/determination?mode=provider');
    const checklist = page.locator('[data-provider-checklist]');
    const attach = checklist.locator('div', {
      has: page.getByRole('heading', { name: /^Not in the record: attach/ }),
    });
    await expect(attach).toContainText('I.A.1.a');
    await expect(attach).not.toContainText('I.A.1.b');
    const unanswered = checklist.locator('div', {
      has: page.getByRole('heading', { name: /^Not answered yet/ }),
    });
    await expect(unanswered).toContainText('I.A.1.b');
  });
});

test.describe('the revision', () => {
  test('a review dated before 4/30/26 is warned about on every view of the determination', async ({
    page,
  }) => {
    await startReview(page);
    // Something recorded beyond the date, so that the summary has a review to show.
    await page.getByRole('radio', { name: 'Trial', exact: true }).check();
    await page.getByLabel('Review date').fill('2026-04-29');
    await expect(live(page)).toContainText('4/30/26');
    await page.getByLabel('Review date').fill('2026-04-30');
    await expect(live(page)).not.toContainText('4/30/26');
    await page.getByLabel('Review date').fill('2026-03-01');
    await openPage(page, '/review/determination');
    await expect(determination(page)).toContainText('4/30/26');
    await page.goto('/summary');
    await expect(page.getByRole('region', { name: 'Determination' })).toContainText('4/30/26');
  });
});

test.describe('no axe violations in the new states', () => {
  test('the waiver request and the codes step with its table and date of service', async ({
    page,
  }) => {
    await malignantImplant(page, ['Advanced disease'], null);
    await expectNoAxeViolations(page);
    await openPage(page, '/review/codes');
    await page.getByLabel('Date of service').fill('2026-12-20');
    await page.getByRole('checkbox', { name: /^62320/ }).check();
    await expectNoAxeViolations(page);
  });

  test('the summary with a waiver request, a warning and unanswered items', async ({ page }) => {
    await importCase(page, {
      request: 'implant',
      drug: 'opioid',
      indication: 'malignant',
      trialWaiver: ['advanced_disease', 'limited_survival'],
      reviewDate: '2026-03-01',
      answers: { 'II.A.1': 'met', 'II.A.1.b': 'unknown' },
      codes: ['62320', 'E0782'],
    });
    await openPage(page, '/summary');
    await expectNoAxeViolations(page);
  });

  test('a pump in place on the request step, and the provider checklist', async ({ page }) => {
    await startReview(page);
    await chooseRequest(page, { drug: OPIOID, request: PUMP_IN_PLACE });
    await expectOutcome(page, 'out_of_scope');
    await expectNoAxeViolations(page);
    await importCase(
      page,
      {
        request: 'trial',
        drug: 'opioid',
        indication: 'malignant',
        answers: { 'I.A.1': 'met', 'I.A.1.a': 'unknown' },
      },
      { over: true },
    );
    await openPage(page, '/review/determination?mode=provider');
    await expectNoAxeViolations(page);
  });
});
