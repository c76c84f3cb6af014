import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { expectOutcome, itemGroup, WIZARD_STEPS, type AnswerLabel } from './helpers';

// Case files (DESIGN.md, "The case file"): export, import, and the refusal of bad files.

const STORAGE_KEY = 'la-cp-mp-173.review';

// Each test imports a review and then walks four wizard steps to check it: more than the default
// 30 s on a loaded two-core machine.
test.describe.configure({ timeout: 60_000 });

/** An implant for non-malignant pain whose I.A.2.g is not met: per DESIGN.md, "not_met". */
const GOOD = {
  policy: 'LA.CP.MP.173',
  request: 'implant',
  drug: 'opioid',
  indication: 'nonmalignant',
  answers: {
    'I.A.2.a': 'met',
    'I.A.2.b': 'met',
    'I.A.2.c': 'met',
    'I.A.2.d': 'met',
    'I.A.2.e': 'met',
    'I.A.2.f': 'met',
    'I.A.2.g': 'not_met',
    'I.A.2.h': 'met',
    'II.A.2.a': 'met',
    'II.A.2.c': 'unknown',
    'II.B.1': 'absent',
    'II.B.4': 'present',
  },
  notes: { 'I.A.2.g': 'Weaned from 120 to 84 MME: 30%, not 50%.' },
  member: { id: 'M-4471', name: 'Ann Lee', dateOfBirth: '1970-05-01' },
  reviewDate: '2026-11-20',
  codes: ['62350', '62362'],
};

async function importFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.getByLabel('Import case').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
}

async function importGood(page: Page, content: string = JSON.stringify(GOOD)): Promise<void> {
  await page.goto('/');
  await importFile(page, 'good.json', content);
  await expect(page).toHaveURL(/\/review\/determination/);
  await expectOutcome(page, 'not_met');
}

async function expectChecked(page: Page, id: string, label: AnswerLabel): Promise<void> {
  await expect(itemGroup(page, id).getByRole('radio', { name: label, exact: true })).toBeChecked();
}

/** The review GOOD describes, as the wizard shows it (every step it answers, when `thorough`). */
async function expectGoodReview(page: Page, { thorough = true } = {}): Promise<void> {
  await page.goto('/review/determination');
  await expectOutcome(page, 'not_met');
  await page.goto('/review/trial-criteria');
  await expectChecked(page, 'I.A.2.g', 'Not met');
  await expectChecked(page, 'I.A.2.a', 'Met');
  await expect(page.getByLabel('Note on I.A.2.g')).toHaveValue(GOOD.notes['I.A.2.g']);
  if (!thorough) return;
  await page.goto('/review/implant-criteria');
  await expectChecked(page, 'II.A.2.c', 'Not documented');
  await expect(itemGroup(page, 'II.A.2.b').getByRole('radio', { checked: true })).toHaveCount(0);
  await page.goto('/review/contraindications');
  await expectChecked(page, 'II.B.4', 'Present');
}

async function download(page: Page, button: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await download.path();
  return { download, text: await readFile(path, 'utf8') };
}

async function startFresh(page: Page): Promise<void> {
  await page.evaluate(() => window.sessionStorage.clear());
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Start a review' })).toBeVisible();
}

test('export then import gives back the same review', async ({ page }) => {
  // The built page's content security policy (default-src 'self') must let the download through.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  await importGood(page);
  await page.goto('/');
  const first = await download(page, 'Export case file');
  // Named so a reviewer can find it: policy, member, request, review date.
  expect(first.download.suggestedFilename()).toBe('LA.CP.MP.173_M-4471_implant_2026-11-20.json');
  const exported = JSON.parse(first.text) as Record<string, unknown>;
  expect(exported).toMatchObject(GOOD);
  await expect(page.getByRole('status').filter({ hasText: 'LA.CP.MP.173_M-4471' })).toBeVisible();

  await startFresh(page);
  await importFile(page, first.download.suggestedFilename(), first.text);
  await expect(page).toHaveURL(/\/review\/determination/);
  await expectGoodReview(page);

  // Exported again, the review is the same document.
  await page.goto('/');
  const second = await download(page, 'Export case file');
  expect(JSON.parse(second.text)).toEqual(exported);
  expect(violations).toEqual([]);
});

test('a FHIR QuestionnaireResponse export imports back to the same review', async ({ page }) => {
  await importGood(page);
  await page.goto('/');
  const caseFile = JSON.parse((await download(page, 'Export case file')).text) as unknown;
  const fhir = await download(page, 'Export FHIR QuestionnaireResponse');
  expect(fhir.download.suggestedFilename()).toBe(
    'LA.CP.MP.173_M-4471_implant_2026-11-20.questionnaire-response.json',
  );
  const qr = JSON.parse(fhir.text) as {
    resourceType: string;
    questionnaire: string;
    item: unknown[];
  };
  expect(qr.resourceType).toBe('QuestionnaireResponse');
  expect(qr.questionnaire).toContain('LA.CP.MP.173');
  expect(fhir.text).toContain('"linkId": "I.A.2.g"');

  await startFresh(page);
  await importFile(page, fhir.download.suggestedFilename(), fhir.text);
  await expect(page).toHaveURL(/\/review\/determination/);
  await expectGoodReview(page);
  await page.goto('/');
  expect(JSON.parse((await download(page, 'Export case file')).text)).toEqual(caseFile);
});

test('the published Questionnaire is served beside the app, one question per policy item', async ({
  page,
}) => {
  const response = await page.request.get('/fhir/Questionnaire-LA.CP.MP.173.json');
  expect(response.ok()).toBe(true);
  const questionnaire = (await response.json()) as {
    resourceType: string;
    version: string;
    publisher: string;
  };
  expect(questionnaire.resourceType).toBe('Questionnaire');
  expect(questionnaire.version).toBe('1/26');
  expect(questionnaire.publisher).toBe('Louisiana Healthcare Connections');
});

test('a case file dropped on the import zone opens too', async ({ page }) => {
  await page.goto('/');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(GOOD));
  const zone = page.getByText('Choose a case file').locator('..');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(page).toHaveURL(/\/review\/determination/);
  await expectOutcome(page, 'not_met');
});

const withGood = (change: Record<string, unknown>) => JSON.stringify({ ...GOOD, ...change });

test('a code written in lower case or with spaces is the table’s code, ticked and found once', async ({
  page,
}) => {
  // DESIGN.md: "Codes are trimmed and upper-cased before they are looked up."
  await importGood(page, withGood({ codes: [' e0783', '62350', 'E0783 '] }));
  await page.goto('/review/codes');
  const requested = page.getByRole('region', { name: /Requested codes/ });
  await expect(requested.getByRole('heading')).toHaveText('Requested codes (2)');
  // E0783, the programmable pump: an implant's code, in the table without a * mark.
  await expect(requested.locator('[data-code-line="E0783"]')).toContainText(
    'Fits an implant request',
  );
  await expect(page.getByRole('checkbox', { name: /^E0783/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^62350/ })).toBeChecked();
});

test('a file over 10 MB is refused by its size, and the review in progress is untouched', async ({
  page,
}) => {
  await importGood(page);
  const before = await page.evaluate((key) => window.sessionStorage.getItem(key), STORAGE_KEY);
  await page.goto('/');
  // Made in the page and dropped: 11 MB through the file chooser takes the browser's protocol
  // longer than the test's time on a busy machine.
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    const spaces = new Uint8Array(11_000_000).fill(0x20);
    transfer.items.add(new File([spaces], 'huge.json', { type: 'application/json' }));
    return transfer;
  });
  const zone = page.getByText('Choose a case file').locator('..');
  await zone.dispatchEvent('drop', { dataTransfer });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('huge.json was not imported');
  await expect(alert).toContainText('is larger than 10 MB; a case file is at most 10 MB');
  expect(await page.evaluate((key) => window.sessionStorage.getItem(key), STORAGE_KEY)).toBe(
    before,
  );
});

test('a refusal never repeats what the file holds, and stays short', async ({ page }) => {
  await page.goto('/');
  const patient = 'Jane Q. Patient';
  await importFile(
    page,
    'leaky.json',
    withGood({
      [patient]: 1,
      member: { [`dob of ${patient}`]: '1970-01-01', dateOfBirth: patient },
      request: patient,
      answers: { [patient.repeat(60_000)]: 'met' },
    }),
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not imported');
  await expect(alert).toContainText('member.dateOfBirth');
  await expect(alert).not.toContainText('Jane');
  expect((await alert.innerText()).length).toBeLessThan(2_000);
});

// Every kind of bad file, and the words the alert must contain: the field or the fault.
const BAD_FILES: readonly {
  kind: string;
  name: string;
  content: string | Buffer;
  names: RegExp;
}[] = [
  {
    kind: 'invalid JSON',
    name: 'broken.json',
    content: '{"policy": "LA.CP.MP.173", "answers": {',
    names: /JSON/,
  },
  {
    kind: 'the wrong policy',
    name: 'other-policy.json',
    content: withGood({ policy: 'LA.CP.MP.107' }),
    names: /policy/,
  },
  {
    kind: 'an unknown item ID',
    name: 'unknown-item.json',
    content: withGood({ answers: { ...GOOD.answers, 'I.A.2.z': 'met' } }),
    names: /I\.A\.2\.z/,
  },
  {
    kind: 'a criterion answered "absent"',
    name: 'wrong-vocabulary.json',
    content: withGood({ answers: { ...GOOD.answers, 'I.A.2.g': 'absent' } }),
    names: /I\.A\.2\.g/,
  },
  {
    kind: 'an impossible date',
    name: 'impossible-date.json',
    content: withGood({ reviewDate: '2026-02-30' }),
    names: /reviewDate/,
  },
  {
    kind: 'a trial waiver on a trial',
    name: 'waiver-on-trial.json',
    content: withGood({
      request: 'trial',
      indication: 'malignant',
      trialWaiver: 'advanced_disease',
    }),
    names: /trialWaiver/,
  },
  {
    kind: 'a __proto__ key',
    name: 'proto.json',
    // Written as text: a JS object literal would set the prototype instead of a key.
    content: `{"policy":"LA.CP.MP.173","answers":{},"__proto__":{"polluted":true}}`,
    // An unknown key is never repeated: its place is shown as […].
    names: /\[…\]: is not a field/,
  },
  {
    kind: 'a UTF-16 file',
    name: 'utf16.json',
    content: Buffer.from(`\uFEFF${JSON.stringify(GOOD)}`, 'utf16le'),
    names: /UTF-16/,
  },
  {
    kind: 'a file with two byte-order marks',
    name: 'two-boms.json',
    content: Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`\uFEFF${JSON.stringify(GOOD)}`),
    ]),
    names: /two byte-order marks/,
  },
  {
    kind: 'a file that is not UTF-8',
    name: 'latin1.json',
    content: Buffer.from(withGood({ member: { name: 'José' } }), 'latin1'),
    names: /not UTF-8/,
  },
  {
    kind: 'a key named twice',
    name: 'twice.json',
    content: '{"policy":"LA.CP.MP.173","answers":{"I.B.1":"absent","I.B.1":"present"}}',
    names: /names a key twice \(line 1, column 54\)/,
  },
  { kind: 'an empty file', name: 'empty.json', content: '', names: /empty/ },
  { kind: 'a JSON array', name: 'array.json', content: JSON.stringify([GOOD]), names: /object/ },
  {
    kind: 'a FHIR resource that is not a QuestionnaireResponse',
    name: 'patient.json',
    content: JSON.stringify({ resourceType: 'Patient', id: 'p1' }),
    names: /resourceType/,
  },
  {
    kind: 'a QuestionnaireResponse to another Questionnaire',
    name: 'other-questionnaire.json',
    content: JSON.stringify({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'http://example.org/Questionnaire/phq-9',
      status: 'completed',
      item: [],
    }),
    names: /questionnaire/,
  },
];

for (const bad of BAD_FILES) {
  test(`${bad.kind}: an alert says what is wrong, and the review in progress is untouched`, async ({
    page,
  }) => {
    await importGood(page);
    const before = await page.evaluate((key) => window.sessionStorage.getItem(key), STORAGE_KEY);
    expect(before).not.toBeNull();

    await page.goto('/');
    await importFile(page, bad.name, bad.content);
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(bad.name);
    await expect(alert).toContainText(bad.names);
    await expect(page).toHaveURL(/\/$/);

    expect(await page.evaluate((key) => window.sessionStorage.getItem(key), STORAGE_KEY)).toBe(
      before,
    );
    // Nothing leaked onto Object.prototype.
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    // The stored review is byte for byte the same; the wizard shows it so.
    await expectGoodReview(page, { thorough: false });
  });
}

test('a note holding HTML or script shows as plain text on the wizard and the summary, and runs nothing', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await importGood(
    page,
    withGood({ notes: { 'I.A.2.g': hostile }, member: { ...GOOD.member, name: hostile } }),
  );

  await page.goto('/review/trial-criteria');
  await expect(page.getByLabel('Note on I.A.2.g')).toHaveValue(hostile);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await page.goto('/summary');
  await expect(page.getByText(hostile, { exact: true }).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);

  // A FHIR export carries the note as text too, and imports back the same.
  await page.goto('/');
  const [fhirDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export FHIR QuestionnaireResponse' }).click(),
  ]);
  const text = await readFile(await fhirDownload.path(), 'utf8');
  await startFresh(page);
  await importFile(page, 'qr.json', text);
  await expect(page).toHaveURL(/\/review\/determination/);
  await page.goto('/review/trial-criteria');
  await expect(page.getByLabel('Note on I.A.2.g')).toHaveValue(hostile);

  expect(dialogs).toEqual([]);
});

/** A malignant implant with the trial waived, closed by its reviewer: "status": "completed". */
const COMPLETED = {
  policy: 'LA.CP.MP.173',
  request: 'implant',
  drug: 'opioid',
  indication: 'malignant',
  trialWaiver: 'advanced_disease',
  answers: {
    'I.A.1.a': 'met',
    'I.A.1.b': 'met',
    'I.A.1.c': 'met',
    'II.A.1.b': 'met',
    'II.A.1.c': 'not_met',
    'II.A.1.d': 'met',
    'II.B.1': 'absent',
    'II.B.2': 'absent',
    'II.B.3': 'absent',
    'II.B.4': 'absent',
    'II.B.5': 'absent',
  },
  notes: { 'II.A.1.c': 'Spinal cord stimulator in place since 2019.' },
  codes: ['62350', '62362'],
  member: { id: 'M-5120', name: 'Lee Park', dateOfBirth: '1958-02-14' },
  provider: { name: 'Bayou Pain Associates', npi: '1234567893' },
  reviewer: { name: 'Robin Nurse, RN' },
  reviewDate: '2026-11-20',
  urgency: 'standard',
  receivedAt: '2026-11-16T08:00:00-06:00',
  status: 'completed',
};

async function importCompleted(page: Page): Promise<void> {
  await page.goto('/');
  await importFile(page, 'completed.json', JSON.stringify(COMPLETED));
  await expect(page).toHaveURL(/\/review\/determination/);
  await expectOutcome(page, 'not_met');
}

/** Every answer, choice and field of the step's form: locked, or open to change. */
async function expectStepLocked(page: Page, locked: boolean): Promise<void> {
  const main = page.getByRole('main');
  // The steps load their code on demand: wait for the step's form before counting its controls.
  await expect(main.locator('input, textarea').first()).toBeVisible();
  const choices = main.locator('input[type="radio"], input[type="checkbox"]');
  const fields = main.locator(
    'textarea, input:not([type="radio"]):not([type="checkbox"]):not([type="search"])',
  );
  expect((await choices.count()) + (await fields.count())).toBeGreaterThan(0);
  for (const choice of await choices.all()) {
    if (locked) await expect(choice).toBeDisabled();
    else await expect(choice).toBeEnabled();
  }
  for (const field of await fields.all()) {
    if (locked) await expect(field).not.toBeEditable();
    else await expect(field).toBeEditable();
  }
}

const BANNER = /This review is completed and opens read-only/;

test('a completed case file opens read-only, every step of it, until Amend is chosen on the summary', async ({
  page,
}) => {
  await importCompleted(page);
  await expect(page.getByText(BANNER)).toBeVisible();

  await page.goto('/review/request');
  await expect(page.getByText(BANNER)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Implant', exact: true })).toBeChecked();
  await expect(page.getByLabel('Member name')).toHaveValue('Lee Park');
  await expectStepLocked(page, true);

  await page.goto('/review/trial-criteria');
  await expect(
    itemGroup(page, 'I.A.1.a').getByRole('radio', { name: 'Met', exact: true }),
  ).toBeChecked();
  await expectStepLocked(page, true);

  await page.goto('/review/contraindications');
  await expect(
    itemGroup(page, 'II.B.4').getByRole('radio', { name: 'Absent', exact: true }),
  ).toBeChecked();
  await expectStepLocked(page, true);

  await page.goto('/review/implant-criteria');
  const waiver = page.getByRole('group', { name: /^Trial waiver/ });
  // A file of an earlier version gives one ground as a word: it opens as that ground ticked.
  await expect(waiver.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(waiver.getByRole('checkbox', { name: 'Advanced disease' })).toBeChecked();
  await expect(waiver.getByRole('checkbox').first()).toBeDisabled();
  await expect(page.getByLabel(/^Note on II\.A\.1\.c/)).toHaveValue(COMPLETED.notes['II.A.1.c']);
  await expectStepLocked(page, true);

  await page.goto('/review/codes');
  await expect(page.getByRole('checkbox', { name: /^62362 / })).toBeChecked();
  await expectStepLocked(page, true);
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add code' })).toHaveCount(0);

  // The banner's way out: the summary, where Amend is chosen.
  await page.getByRole('link', { name: 'the summary' }).click();
  await expect(page).toHaveURL(/\/summary$/);
  await page.getByRole('button', { name: 'Amend review' }).click();
  await expect(
    page.getByRole('region', { name: 'Sign-off' }).locator('[data-review-status]'),
  ).toHaveText('Amended');

  for (const step of WIZARD_STEPS.filter((s) => s !== 'determination')) {
    await page.goto(`/review/${step}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(BANNER)).toHaveCount(0);
    await expectStepLocked(page, false);
  }
  await expect(page.getByRole('button', { name: 'Add code' })).toBeVisible();
});

test('in provider mode the read-only banner leads to the provider’s summary, which offers Amend too', async ({
  page,
}) => {
  await importCompleted(page);
  await page.goto('/review/request?mode=provider');
  await expect(page.getByText(BANNER)).toBeVisible();
  await expectStepLocked(page, true);
  await page.getByRole('link', { name: 'the summary' }).click();
  await expect(page).toHaveURL(/\/summary\?mode=provider$/);
  await page.getByRole('button', { name: 'Amend review' }).click();
  await expect(page.getByRole('button', { name: 'Amend review' })).toHaveCount(0);
  // The button is gone; the message saying the review is being amended is announced and focused.
  const status = page.getByRole('status').filter({ hasText: 'being amended' });
  await expect(status).toBeFocused();
  await page.goto('/review/request?mode=provider');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request');
  await expectStepLocked(page, false);
});
