import { expect, test, type Page } from '@playwright/test';
import { answer, itemGroup, openPage, SECTION_ITEMS, WIZARD_STEPS } from './helpers';
import { printToPdf } from './pdf-text';

// The review as a record (DESIGN.md, "The record of a review" and "Hooks the tests rely on"):
// whose case it is on every screen and page, what was decided and by whom, the evidence for each
// answer, and what keeps a review from being lost or completed too early.

test.describe.configure({ timeout: 90_000 });

type CaseFile = Record<string, unknown>;

const isContraindication = (id: string) => /^I{1,2}\.B\./.test(id);
const satisfied = (ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, isContraindication(id) ? 'absent' : 'met']));

const MEMBER = { name: 'Marie Comeaux', id: 'LA0099887766', dateOfBirth: '1961-03-09' };

/** A malignant trial that meets every criterion, recorded in full but not yet completed. */
const TRIAL_MEETS: CaseFile = {
  policy: 'LA.CP.MP.173',
  request: 'trial',
  drug: 'opioid',
  indication: 'malignant',
  answers: satisfied(['I.A.1', ...SECTION_ITEMS['I.A.1'], ...SECTION_ITEMS['I.B']]),
  codes: ['62322'],
  member: MEMBER,
  reviewDate: '2026-05-04',
  urgency: 'expedited',
  receivedAt: '2026-05-04T08:30:00-05:00',
};

/** The same trial, approved and completed on time. */
const TRIAL_APPROVED: CaseFile = {
  ...TRIAL_MEETS,
  status: 'completed',
  nurseAction: { action: 'approved' },
  authorizationNumber: 'PA-2026-00417',
  completedBy: { name: 'Renée Thibodeaux', credentials: 'RN' },
  completedAt: '2026-05-05T10:15:00-05:00',
};

/** A non-malignant implant whose trial failed: referred to a medical director, who has not decided. */
const IMPLANT_REFERRED: CaseFile = {
  policy: 'LA.CP.MP.173',
  request: 'implant',
  drug: 'opioid',
  indication: 'nonmalignant',
  answers: {
    ...satisfied([
      'I.A.2',
      ...SECTION_ITEMS['I.A.2'],
      'II.A.2',
      ...SECTION_ITEMS['II.A.2'],
      ...SECTION_ITEMS['II.B'],
    ]),
    'II.A.2.a': 'not_met',
  },
  notes: { 'II.A.2.a': 'Trial log 2026-04-10: pain 8 → 6, a 25% reduction.' },
  codes: ['62362', 'E0783'],
  member: { name: 'Joseph Landry', id: 'LA0011223344', dateOfBirth: '1975-08-21' },
  reviewDate: '2026-05-04',
  receivedAt: '2026-05-04T08:30:00-05:00',
  status: 'completed',
  nurseAction: { action: 'referred', referredAt: '2026-05-04T14:00:00-05:00' },
  completedBy: { name: 'Renée Thibodeaux', credentials: 'RN' },
  completedAt: '2026-05-04T14:05:00-05:00',
};

async function importCase(page: Page, file: CaseFile, name = 'case.json'): Promise<void> {
  await page.getByLabel('Import case').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
}

async function openCase(page: Page, file: CaseFile): Promise<void> {
  await page.goto('/');
  await importCase(page, file);
  await expect(page).toHaveURL(/\/review\/determination/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Determination');
}

const banner = (page: Page) => page.locator('[data-case-banner]');

test('the case banner names the member on every step of the wizard', async ({ page }) => {
  await openCase(page, TRIAL_MEETS);
  for (const step of WIZARD_STEPS) {
    if (step === 'implant-criteria') continue; // a trial has no implant step
    await openPage(page, `/review/${step}`);
    await expect(banner(page), step).toBeVisible();
    await expect(banner(page), step).toContainText(MEMBER.name);
    await expect(banner(page), step).toContainText(MEMBER.id);
    await expect(banner(page), step).toContainText('1961-03-09 (age 65)');
    await expect(banner(page), step).toContainText('Trial');
  }
});

test('importing over a review with answers asks first, and changes nothing until told to', async ({
  page,
}) => {
  await openCase(page, TRIAL_MEETS);
  await page.goto('/');
  await importCase(page, IMPLANT_REFERRED, 'other.json');
  const dialog = page.getByRole('dialog', { name: 'Replace the review in progress?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep the review in progress' }).click();
  await expect(dialog).toBeHidden();
  await openPage(page, '/review/request');
  await expect(banner(page)).toContainText(MEMBER.name);

  await page.goto('/');
  await importCase(page, IMPLANT_REFERRED, 'other.json');
  await expect(dialog).toBeVisible();
  // Nothing has changed while the question is open.
  expect(await page.evaluate(() => sessionStorage.getItem('la-cp-mp-173.review'))).toContain(
    MEMBER.id,
  );
  await dialog.getByRole('button', { name: 'Replace it with the file' }).click();
  await expect(page).toHaveURL(/\/review\/determination/);
  await expect(banner(page)).toContainText('Joseph Landry');
});

test('completing refuses while items are unanswered or a note is missing, and the review stays in progress', async ({
  page,
}) => {
  const { answers: _all, ...rest } = TRIAL_MEETS;
  await openCase(page, {
    ...rest,
    answers: { 'I.A.1.a': 'met', 'I.A.1.b': 'unknown' },
    nurseAction: { action: 'pended' },
    completedBy: { name: 'Renée Thibodeaux' },
  });
  await page
    .getByRole('button', { name: /Complete/ })
    .first()
    .click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('stays in progress');
  await expect(alert).toContainText('I.A.1.c is not answered.');
  await expect(alert).toContainText('I.A.1.b needs a note');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The link in the message takes the reviewer to the question; the note is marked required.
  await alert.getByRole('link', { name: /I\.A\.1\.b needs a note/ }).click();
  await expect(page.getByLabel('Note on I.A.1.b')).toBeVisible();
  await expect(itemGroup(page, 'I.A.1.b')).toContainText(
    'required: what is missing from the record',
  );

  await page.goto('/summary');
  await expect(page.locator('[data-review-status]')).toHaveText('In progress');
  await page.getByRole('button', { name: /Complete/ }).click();
  await expect(page.getByRole('alert')).toContainText('I.A.1.c is not answered.');
  await expect(page.locator('[data-review-status]')).toHaveText('In progress');
});

test('a nurse does not complete an approval of a request that does not meet the criteria', async ({
  page,
}) => {
  await openCase(page, {
    ...IMPLANT_REFERRED,
    status: 'in_progress',
    nurseAction: { action: 'approved' },
  });
  await page
    .getByRole('button', { name: /Complete/ })
    .first()
    .click();
  await expect(page.getByRole('alert')).toContainText(
    'A nurse reviewer approves only a request that meets the criteria',
  );
});

test('the nurse records her action and completes the review after confirming it', async ({
  page,
}) => {
  await openCase(page, TRIAL_MEETS);
  await expect(page.locator('[data-next-steps]')).toContainText('Approve the request, lines 62322');
  await page.getByRole('radio', { name: 'Approved', exact: true }).check();
  await page.getByLabel('Reference or authorization number').fill('PA-2026-00417');
  await page.getByLabel('Completed by (name)').fill('Renée Thibodeaux');
  await page.getByLabel('Credentials (e.g. RN)').fill('RN');
  await page.getByRole('button', { name: 'Complete review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Complete this review?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Not yet' }).click();
  await expect(page.getByText('This review is completed and opens read-only')).toHaveCount(0);

  await page.getByRole('button', { name: 'Complete review' }).click();
  await dialog.getByRole('button', { name: 'Complete review now' }).click();
  await expect(page.getByText('This review is completed and opens read-only')).toBeVisible();
  await expect(page.getByLabel('Reference or authorization number')).toHaveJSProperty(
    'readOnly',
    true,
  );

  await page.goto('/summary');
  await expect(page.locator('[data-review-status]')).toHaveText('Completed');
  await expect(page.locator('[data-nurse-action]')).toHaveText('Approved');
  await expect(page.getByText('PA-2026-00417')).toBeVisible();
  await expect(page.getByText('Renée Thibodeaux, RN')).toBeVisible();
  await expect(page.locator('[data-draft]')).toHaveCount(0);
});

test('the next step follows the outcome: pend for documents, refer, or send to the named policy', async ({
  page,
}) => {
  const { answers: _all, ...rest } = TRIAL_MEETS;
  await openCase(page, {
    ...rest,
    answers: { ...satisfied(SECTION_ITEMS['I.B']), 'I.A.1': 'met', 'I.A.1.a': 'met' },
  });
  const next = page.locator('[data-next-steps]');
  // Two questions nobody has answered: the reviewer's own work, nothing to ask the provider yet.
  await expect(next).toHaveAttribute('data-next-steps', 'incomplete');
  await expect(next).toContainText('Answer the questions not answered yet');
  await expect(next).toContainText('I.A.1.c: not answered yet in this review');
  await expect(next).not.toContainText('Pend the request');

  // I.A.1.c answered Not documented: now there is a document to ask for.
  await page.goto('/review/trial-criteria');
  await answer(page, 'I.A.1.c', 'Not documented');
  await page.goto('/review/determination');
  await expect(next).toContainText('Pend the request');
  await expect(next).toContainText('I.A.1.c: imaging report of the spine');
  await expect(next).toContainText('I.A.1.b: not answered yet in this review');

  await page.goto('/');
  await importCase(page, { ...IMPLANT_REFERRED, status: 'in_progress' });
  await page.getByRole('button', { name: 'Replace it with the file' }).click();
  await expect(next).toContainText('Refer the case to a medical director');
  await expect(next).toContainText('II.A.2.a is not met as documented');
  // The medical director's block is there to fill in.
  await expect(page.getByRole('group', { name: 'Medical director’s decision' })).toBeVisible();

  await page.goto('/');
  await importCase(page, { policy: 'LA.CP.MP.173', drug: 'baclofen', member: MEMBER });
  await page.getByRole('button', { name: 'Replace it with the file' }).click();
  await expect(next).toContainText('LA.PHAR.149');
});

test('each failing item has a sentence for the member and one for the provider, copyable, on the step and the summary', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openCase(page, { ...IMPLANT_REFERRED, status: 'in_progress' });
  const member = page.locator('[data-letter="member"]');
  await expect(member).toHaveCount(1);
  await expect(member).toContainText('requirement II.A.2.a');
  await expect(member).toContainText('lowered your pain by at least half');
  await expect(member).toContainText('show that this requirement is not met');
  const provider = page.locator('[data-letter="provider"]');
  await expect(provider).toContainText('the records sent show otherwise (Trial log 2026-04-10');
  await page.getByRole('button', { name: 'Copy the member’s sentence for II.A.2.a' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await member.textContent(),
  );

  await page.goto('/summary');
  await expect(page.locator('[data-letter="member"]')).toContainText('requirement II.A.2.a');
  await expect(page.locator('[data-letter="provider"]')).toContainText('II.A.2.a');
});

test('the weaning calculator keeps its numbers in the review and writes its result into the note', async ({
  page,
}) => {
  await openCase(page, {
    policy: 'LA.CP.MP.173',
    request: 'trial',
    drug: 'opioid',
    indication: 'nonmalignant',
    member: MEMBER,
  });
  await openPage(page, '/review/trial-criteria');
  const group = itemGroup(page, 'I.A.2.g');
  await group.getByText('Opioid weaning calculator for I.A.2.g').click();
  await group.getByLabel('Systemic opioid dose before weaning (MME/day)').fill('180');
  await group
    .getByLabel('Systemic opioid dose after weaning, before the trial (MME/day)')
    .fill('150');
  await group.getByRole('button', { name: 'Write the result into the note on I.A.2.g' }).click();
  await expect(page.getByLabel('Note on I.A.2.g')).toHaveValue(
    'MME 180 → 150 mg/day: 17% weaned, less than the policy’s 50%.',
  );
  await answer(page, 'I.A.2.g', 'Not met');
  await page.reload();
  await expect(page.getByLabel('Systemic opioid dose before weaning (MME/day)')).toHaveValue('180');
  await expect(page.getByLabel('Note on I.A.2.g')).toHaveValue(/17% weaned/);
  // The source of the note, kept with it.
  await itemGroup(page, 'I.A.2.g').getByText('Source of the note on I.A.2.g').click();
  await itemGroup(page, 'I.A.2.g').getByLabel('Document', { exact: true }).fill('Pain clinic note');
  await itemGroup(page, 'I.A.2.g').getByLabel('Page', { exact: true }).fill('3');
  await page.reload();
  await itemGroup(page, 'I.A.2.g').getByText('Source of the note on I.A.2.g').click();
  await expect(itemGroup(page, 'I.A.2.g').getByLabel('Document', { exact: true })).toHaveValue(
    'Pain clinic note',
  );
});

test('closing the tab warns while the review has changes neither exported nor completed', async ({
  page,
}) => {
  await openCase(page, TRIAL_MEETS);
  // A review as imported has nothing to lose yet.
  let asked = false;
  page.on('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload';
    // Leaving anyway closes the page, so nothing is left open when the test ends.
    void dialog.accept();
  });
  await openPage(page, '/review/trial-criteria');
  await answer(page, 'I.A.1.a', 'Not documented');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
  await expect.poll(() => page.isClosed()).toBe(true);
});

test('a review just exported closes without a question', async ({ page }) => {
  await openCase(page, TRIAL_MEETS);
  await openPage(page, '/review/trial-criteria');
  await answer(page, 'I.A.1.a', 'Not documented');
  await openPage(page, '/review/determination');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export case file' }).click();
  await download;
  let asked = false;
  page.on('dialog', (dialog) => {
    asked = true;
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  // A question, dismissed, would have kept the page open.
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toBe(false);
});

test.describe('the summary on paper', () => {
  test('a completed approval: the member on every page, the decision, no DRAFT', async ({
    page,
  }) => {
    await openCase(page, TRIAL_APPROVED);
    await openPage(page, '/summary');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Determination summary');
    const pages = (await printToPdf(page, 'Letter')).map((text) => text.replace(/\s+/g, ' '));
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain('Marie Comeaux');
      expect(text, `page ${index + 1}`).toContain('Member ID LA0099887766');
      expect(text, `page ${index + 1}`).not.toContain('DRAFT');
    });
    const text = pages.join('\n');
    expect(text).toContain('Nurse’s action');
    expect(text).toContain('Approved');
    expect(text).toContain('PA-2026-00417');
    expect(text).toContain('Renée Thibodeaux, RN');
    expect(text).toContain('(by the due-by)');
    expect(text).not.toContain('Medical director');
  });

  test('a referral: the reasons and the medical director block with lines to fill in', async ({
    page,
  }) => {
    await openCase(page, IMPLANT_REFERRED);
    await openPage(page, '/summary');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Determination summary');
    const pages = (await printToPdf(page, 'Letter')).map((text) => text.replace(/\s+/g, ' '));
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain('Joseph Landry');
      expect(text, `page ${index + 1}`).toContain('Member ID LA0011223344');
      expect(text, `page ${index + 1}`).not.toContain('DRAFT');
    });
    const text = pages.join('\n');
    expect(text).toContain('Referred to a medical director');
    expect(text).toContain('Medical director');
    for (const word of [
      '☐ Approve',
      '☐ Deny',
      '☐ Approve in part',
      'Name and credentials',
      'Rationale',
    ])
      expect(text).toContain(word);
    // The reason, with the reviewer's note, and the sentence for the member's letter.
    expect(text).toContain('II.A.2.a');
    expect(text).toContain('Trial log 2026-04-10');
    expect(text).toContain('lowered your pain by at least half');
  });

  test('a draft says DRAFT at the head of every page', async ({ page }) => {
    await openCase(page, { ...IMPLANT_REFERRED, status: 'in_progress', completedAt: undefined });
    await openPage(page, '/summary');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Determination summary');
    const pages = (await printToPdf(page, 'Letter')).map((text) => text.replace(/\s+/g, ' '));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain('DRAFT');
      expect(text, `page ${index + 1}`).toContain('Member ID LA0011223344');
    });
  });
});

test.describe('the provider’s checklist', () => {
  test('the home page leads a provider to the self-check first', async ({ page }) => {
    await page.goto('/?mode=provider');
    const first = page.getByRole('heading', { level: 2 }).first();
    await expect(first).toHaveText('Provider’s office: check a request before you submit it');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Review a request');
  });

  test('answers in the record’s terms, contraindications as what to show, the full packet and code warnings', async ({
    page,
  }) => {
    await openCase(page, {
      policy: 'LA.CP.MP.173',
      request: 'trial',
      drug: 'opioid',
      indication: 'malignant',
      answers: {
        ...satisfied(['I.A.1', ...SECTION_ITEMS['I.A.1']]),
        'I.B.1': 'absent',
        'I.B.4': 'present',
        'I.B.5': 'unknown',
      },
      codes: ['62322', 'C1772', 'Z9999'],
      member: MEMBER,
      reviewDate: '2026-05-04',
    });
    await openPage(page, '/review/determination?mode=provider');
    const checklist = page.locator('[data-provider-checklist]');
    await expect(checklist).toContainText('The record shows otherwise (1)');
    await expect(checklist).toContainText('I.B.4 No active systemic infection');
    await expect(checklist).toContainText('Not in the record: attach');
    await expect(checklist).toContainText('I.B.5 No active infection at the site of implantation');
    // Never the bare condition, which reads as though the member had it.
    await expect(checklist).not.toContainText('I.B.5 Active infection at the site of implantation');

    const packet = checklist.locator('[data-packet]');
    // Every item the trial needs, answered or not, with what to attach.
    for (const id of [...SECTION_ITEMS['I.A.1'], ...SECTION_ITEMS['I.B']])
      await expect(
        packet.getByRole('row', { name: new RegExp(`^${id.replaceAll('.', '\\.')} `) }),
      ).toHaveCount(1);
    await expect(packet.getByRole('row', { name: /^I\.A\.1\.b / })).toContainText('Documented');
    await expect(packet.getByRole('row', { name: /^I\.B\.4 / })).toContainText(
      'The record shows otherwise',
    );
    await expect(packet.getByRole('row', { name: /^I\.B\.5 / })).toContainText('Not in the record');
    await expect(packet.getByRole('row', { name: /^I\.B\.2 / })).toContainText('Not answered yet');

    const codes = checklist.locator('[data-code-warnings]');
    await expect(codes).toContainText('Z9999: Not in this policy’s code table');
    // C1772 is marked * in the policy's table: not on the fee schedule; the member is 65.
    await expect(codes).toContainText('C1772: Not listed as covered by the policy');
    await expect(codes).not.toContainText('62322');
  });
});
