import { expect, test, type Page } from '@playwright/test';
import { expectOutcome, itemGroup, SECTION_ITEMS } from './helpers';

/**
 * Presses keys and counts them, so the cost of a review by keyboard is measured, not guessed.
 * What is typed into a field (a date, a search) is counted apart too: no design can type a date for
 * the reviewer, but everything else (moving, choosing, answering) is the app's to keep short.
 */
function keyboard(page: Page) {
  let count = 0;
  let typed = 0;
  return {
    async press(key: string, times = 1) {
      for (let i = 0; i < times; i += 1) {
        await page.keyboard.press(key);
        count += 1;
      }
    },
    /** Types text one key at a time, as a person does. */
    async type(text: string) {
      for (const char of text) {
        await page.keyboard.press(char);
        count += 1;
        typed += 1;
      }
    },
    get count() {
      return count;
    },
    get typed() {
      return typed;
    },
  };
}

test('a full non-malignant implant review by keyboard alone, at most two keys per entry besides what is typed', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Start a review' })).toBeVisible();
  const keys = keyboard(page);

  // Home: skip link, header links, then "Start a review".
  await keys.press('Tab', 5);
  await expect(page.getByRole('link', { name: 'Start a review' })).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Request' })).toBeFocused();

  // Request: Tab into each group, Space or an arrow to choose.
  await keys.press('Tab');
  await keys.press('Space');
  await expect(
    page.getByRole('radio', { name: 'An opioid, alone or with non-opioid drugs' }),
  ).toBeChecked();
  await keys.press('Tab');
  await keys.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Implant', exact: true })).toBeChecked();
  await keys.press('Tab');
  await keys.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Non-malignant', exact: true })).toBeChecked();

  // The review date is today's already: one stop (its Change button) on the way to the
  // member's date of birth, typed as month, day, year (a 3 or a 4 is a whole month or day).
  await keys.press('Tab', 2);
  await expect(page.getByLabel('Member date of birth')).toBeFocused();
  await keys.type('341970');
  await expect(page.getByLabel('Member date of birth')).toHaveValue('1970-03-04');
  await expect(page.getByText(/^Age \d+ on the review date\.$/)).toBeVisible();

  // Past the date's calendar button to the urgency: Space chooses Standard.
  await keys.press('Tab', 2);
  await keys.press('Space');
  await expect(page.getByRole('radio', { name: 'Standard', exact: true })).toBeChecked();

  // When the request was received: 9/8/2026, 9:15 PM. A year may run past four digits, so Tab
  // moves on from it to the hour.
  await keys.press('Tab');
  await expect(page.getByLabel('Request received (Central time)')).toBeFocused();
  await keys.type('982026');
  await keys.press('Tab');
  await keys.type('915p');
  await expect(page.getByLabel('Request received (Central time)')).toHaveValue('2026-09-08T21:15');
  // Standard: seven calendar days, same clock time.
  await expect(page.getByRole('main').getByText(/Decision due by/)).toContainText(
    'Tue, Sep 15, 2026, 9:15 PM CDT',
  );
  await keys.press('Alt+KeyN');

  const answerSection = async (title: string, ids: readonly string[], answerKey: string) => {
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
    await keys.press('Tab');
    await expect(itemGroup(page, ids[0]!).getByRole('radio').first()).toBeFocused();
    for (const id of ids) {
      await keys.press(answerKey);
      await expect(itemGroup(page, id).getByRole('radio').first()).toBeChecked();
    }
    // After the last item, focus waits on the way to the next step.
    await expect(page.locator('[data-next-step]')).toBeFocused();
    await keys.press('Enter');
  };

  // At implant the trial's indication (I.A.2) is not asked again: II.A.2 restates it, first.
  await answerSection('Trial criteria', SECTION_ITEMS['I.A.2'], '1');
  await answerSection('Contraindications', SECTION_ITEMS['II.B'], '1');
  await answerSection('Implant criteria', ['II.A.2', ...SECTION_ITEMS['II.A.2']], '1');

  // Codes: the search field first; type the code, Tab to the one box it leaves, Space to pick it.
  await expect(page.getByRole('heading', { level: 1, name: 'Codes' })).toBeFocused();
  await keys.press('Tab');
  await expect(page.getByLabel('Search codes')).toBeFocused();
  await keys.type('62362');
  await expect(page.getByRole('checkbox')).toHaveCount(1);
  await keys.press('Tab');
  await keys.press('Space');
  await expect(page.getByRole('checkbox', { name: /^62362/ })).toBeChecked();
  await expect(page.getByRole('region', { name: /Requested codes/ })).toContainText(
    'on the fee schedule',
  );
  await keys.press('Alt+KeyN');

  await expect(page.getByRole('heading', { level: 1, name: 'Determination' })).toBeFocused();
  await expectOutcome(page, 'meets_criteria');
  await expect(
    page
      .getByRole('navigation', { name: 'Review steps' })
      .getByRole('link', { name: /Codes\W+complete/ }),
  ).toBeVisible();

  const items =
    SECTION_ITEMS['I.A.2'].length +
    SECTION_ITEMS['II.B'].length +
    1 +
    SECTION_ITEMS['II.A.2'].length;
  // Drug, request type, origin, date of birth, urgency, time received; and one code.
  const entries = items + 6 + 1;
  console.log(
    `keyboard-only non-malignant implant review: ${keys.count} keystrokes (${keys.typed} of them typing two dates and a code) for ${items} items, ${entries} entries in all`,
  );
  expect(keys.count - keys.typed).toBeLessThanOrEqual(2 * entries);
});

test('keys 2 and 3 answer Not met and Not documented; Alt+P goes back a step', async ({ page }) => {
  await page.goto('/review/request');
  await expect(page.getByRole('heading', { level: 1, name: 'Request' })).toBeFocused();
  await page.getByRole('radio', { name: 'An opioid, alone or with non-opioid drugs' }).check();
  await page.getByRole('radio', { name: 'Trial', exact: true }).check();
  await page.getByRole('radio', { name: 'Malignant', exact: true }).check();
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: 'Trial criteria' })).toBeFocused();
  await page.keyboard.press('Tab');
  // The indication first: I.A.1 met, then I.A.1.a not met and I.A.1.b not documented.
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await page.keyboard.press('3');
  await expect(
    itemGroup(page, 'I.A.1.a').getByRole('radio', { name: 'Not met', exact: true }),
  ).toBeChecked();
  await expect(
    itemGroup(page, 'I.A.1.b').getByRole('radio', { name: 'Not documented', exact: true }),
  ).toBeChecked();
  await expect(
    itemGroup(page, 'I.A.1.c').getByRole('radio', { name: 'Met', exact: true }),
  ).toBeFocused();
  await expectOutcome(page, 'not_met');

  // Typing digits in a note writes them; it does not answer.
  await page.getByLabel('Note on I.A.1.c').fill('');
  await page.getByLabel('Note on I.A.1.c').press('1');
  await expect(page.getByLabel('Note on I.A.1.c')).toHaveValue('1');
  await expect(
    itemGroup(page, 'I.A.1.c').getByRole('radio', { name: 'Met', exact: true }),
  ).not.toBeChecked();

  await page.keyboard.press('Alt+KeyP');
  await expect(page.getByRole('heading', { level: 1, name: 'Request' })).toBeFocused();
});

test('n opens the current item’s note in the compact rows; Esc goes back to its answers', async ({
  page,
}) => {
  await page.goto('/review/request');
  await page.getByRole('radio', { name: 'An opioid, alone or with non-opioid drugs' }).check();
  await page.getByRole('radio', { name: 'Trial', exact: true }).check();
  await page.getByRole('radio', { name: 'Malignant', exact: true }).check();
  await page.getByRole('button', { name: 'Compact rows' }).click();
  await expect(page.getByRole('button', { name: 'Compact rows' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: 'Trial criteria' })).toBeFocused();
  // The note opens on demand: none is shown until asked for. The first item is the indication.
  await expect(page.getByLabel('Note on I.A.1 (optional)')).toHaveCount(1);
  await expect(page.getByLabel('Note on I.A.1 (optional)')).toBeHidden();
  await page.keyboard.press('n');
  await expect(page.getByLabel('Note on I.A.1 (optional)')).toBeFocused();
  await page.keyboard.type('MRI 3/2026');
  await page.keyboard.press('Escape');
  await expect(
    itemGroup(page, 'I.A.1').getByRole('radio', { name: 'Met', exact: true }),
  ).toBeFocused();
  await page.keyboard.press('3');
  await expect(
    itemGroup(page, 'I.A.1').getByRole('radio', { name: 'Not documented', exact: true }),
  ).toBeChecked();
  // Not documented asks for the note: its label says so now.
  await expect(page.getByLabel(/^Note on I\.A\.1 \(/)).toHaveValue('MRI 3/2026');
  // n right after an answer opens the note of the item just answered, shut as it was.
  await expect(
    itemGroup(page, 'I.A.1.a').getByRole('radio', { name: 'Met', exact: true }),
  ).toBeFocused();
  await page.keyboard.press('1');
  await expect(
    itemGroup(page, 'I.A.1.b').getByRole('radio', { name: 'Met', exact: true }),
  ).toBeFocused();
  await page.keyboard.press('n');
  await expect(page.getByLabel('Note on I.A.1.a (optional)')).toBeFocused();
  await expect(page.getByLabel('Note on I.A.1.b (optional)')).toBeHidden();

  // The choice holds for the tab: a reload keeps the compact rows.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Compact rows' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // A note shown because it is written stays while the reviewer clears it, the cursor in it.
  await itemGroup(page, 'I.A.1').getByRole('radio', { name: 'Met', exact: true }).check();
  const note = page.getByLabel('Note on I.A.1 (optional)');
  await note.fill('');
  await expect(note).toBeVisible();
  await expect(note).toBeFocused();
});

test('n right after an answer writes the note of the item just answered, not of the next one', async ({
  page,
}) => {
  await page.goto('/review/request');
  await page.getByRole('radio', { name: 'An opioid, alone or with non-opioid drugs' }).check();
  await page.getByRole('radio', { name: 'Trial', exact: true }).check();
  await page.getByRole('radio', { name: 'Malignant', exact: true }).check();
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: 'Trial criteria' })).toBeFocused();
  // I.A.1 met; I.A.1.a not documented, and why.
  await page.keyboard.press('1');
  await page.keyboard.press('3');
  await expect(
    itemGroup(page, 'I.A.1.b').getByRole('radio', { name: 'Met', exact: true }),
  ).toBeFocused();
  await page.keyboard.press('n');
  const note = page.getByLabel(/^Note on I\.A\.1\.a /);
  await expect(note).toBeFocused();
  await page.keyboard.type('no imaging in the record');
  await expect(note).toHaveValue('no imaging in the record');
  await expect(page.getByLabel(/^Note on I\.A\.1\.b /)).toHaveValue('');
  // Esc goes back to the answer the note is about.
  await page.keyboard.press('Escape');
  await expect(
    itemGroup(page, 'I.A.1.a').getByRole('radio', { name: 'Not documented', exact: true }),
  ).toBeFocused();

  // Another key first, and n is the current item's again.
  await page.keyboard.press('1');
  await expect(
    itemGroup(page, 'I.A.1.b').getByRole('radio', { name: 'Met', exact: true }),
  ).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  await expect(page.getByLabel(/^Note on I\.A\.1\.b /)).toBeFocused();
});

test('a chosen answer does not widen: the next answer stays where the pointer was', async ({
  page,
}) => {
  await page.goto('/review/request');
  await page.getByRole('radio', { name: 'An opioid, alone or with non-opioid drugs' }).check();
  await page.getByRole('radio', { name: 'Trial', exact: true }).check();
  await page.getByRole('radio', { name: 'Malignant', exact: true }).check();
  await page.keyboard.press('Alt+KeyN');
  const group = itemGroup(page, 'I.A.1.a');
  const notMet = group.getByRole('radio', { name: 'Not met', exact: true });
  // Where the next answer sits within its row: the page may scroll to the click, the row may not change.
  const offset = async () => {
    const [row, radio] = await Promise.all([group.boundingBox(), notMet.boundingBox()]);
    return { x: radio!.x - row!.x, y: radio!.y - row!.y };
  };
  const before = await offset();
  await group.getByRole('radio', { name: 'Met', exact: true }).check();
  expect(await offset()).toEqual(before);
});

test('a code ticked, or found and added with Enter, lengthens the requested codes above it, and what was clicked or typed in stays where it was', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/review/request');
  await page.getByRole('radio', { name: 'An opioid, alone or with non-opioid drugs' }).check();
  await page.getByRole('radio', { name: 'Implant', exact: true }).check();
  await page.getByRole('radio', { name: 'Non-malignant', exact: true }).check();
  await page.goto('/review/codes');
  const requested = page.getByRole('region', { name: /^Requested codes/ });
  const top = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!.y;

  // The first rows, at the top of the page, where the browser's own scroll anchoring does nothing.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  for (const code of ['62320', '62322']) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${code}`) });
    const next = page
      .getByRole('listitem')
      .filter({ has: box })
      .locator('xpath=following-sibling::li[1]');
    await expect(box).toBeInViewport({ ratio: 1 });
    const [boxBefore, nextBefore] = [await top(box), await top(next)];
    await box.click();
    await expect(requested).toContainText(code);
    expect(await top(box)).toBeCloseTo(boxBefore, 0);
    expect(await top(next)).toBeCloseTo(nextBefore, 0);
  }
  await expect(requested).toHaveAccessibleName('Requested codes (2)');

  // Enter in the search adds the one code it leaves; the search stays put for the next code.
  const search = page.getByLabel('Search codes');
  await search.fill('62361');
  await expect(page.getByRole('checkbox')).toHaveCount(1);
  const searchBefore = await top(search);
  await search.press('Enter');
  await expect(requested).toHaveAccessibleName('Requested codes (3)');
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  expect(await top(search)).toBeCloseTo(searchBefore, 0);

  // So does the field for a code not in the table, as Enter adds one.
  const other = page.getByLabel('A requested code not in the table');
  await other.fill('64999');
  await other.scrollIntoViewIfNeeded();
  const otherBefore = await top(other);
  await other.press('Enter');
  await expect(requested).toHaveAccessibleName('Requested codes (4)');
  await expect(other).toHaveValue('');
  expect(await top(other)).toBeCloseTo(otherBefore, 0);
});

test('on the trial waiver, 1/2/3 tick and untick the first, second and third ground', async ({
  page,
}) => {
  await page.goto('/review/request');
  await page.getByRole('radio', { name: 'An opioid, alone or with non-opioid drugs' }).check();
  await page.getByRole('radio', { name: 'Implant', exact: true }).check();
  await page.getByRole('radio', { name: 'Malignant', exact: true }).check();
  await page.goto('/review/implant-criteria');
  const grounds = page.getByRole('group', { name: /^Trial waiver request/ }).getByRole('checkbox');
  await expect(grounds).toHaveCount(3);
  await grounds.first().focus();
  await page.keyboard.press('2');
  await expect(grounds.nth(1)).toBeChecked();
  await expect(grounds.nth(0)).not.toBeChecked();
  await page.keyboard.press('3');
  await expect(grounds.nth(2)).toBeChecked();
  await page.keyboard.press('2');
  await expect(grounds.nth(1)).not.toBeChecked();
  await expect(grounds.nth(2)).toBeChecked();
  await expectOutcome(page, 'incomplete');

  // The grounds are a question on the way: an answer to the item before them moves on to them.
  await itemGroup(page, 'II.A.1.d').getByRole('radio').first().focus();
  await page.keyboard.press('1');
  await expect(grounds.first()).toBeFocused();

  // A ticked ground turns bold in room kept for it: the next one stays where it was.
  await page.keyboard.press('3');
  const x = async () => (await grounds.nth(1).boundingBox())!.x;
  const before = await x();
  await page.keyboard.press('1');
  await expect(grounds.first()).toBeChecked();
  expect(await x()).toBe(before);
});

test('the same keys on the record and the request: 1/2/3 choose the nurse’s action, Enter moves on from the time received', async ({
  page,
}) => {
  await page.goto('/review/request');
  await page.getByRole('radio', { name: 'An opioid, alone or with non-opioid drugs' }).check();
  await page.getByRole('radio', { name: 'Trial', exact: true }).check();
  await page.getByRole('radio', { name: 'Malignant', exact: true }).check();
  const received = page.getByLabel(/^Request received/);
  await received.focus();
  await page.keyboard.press('Enter');
  await expect(received).not.toBeFocused();
  await expect(page.getByLabel('Member name')).toBeFocused();

  await page.goto('/review/determination');
  const action = page.getByRole('group', { name: 'Nurse’s action' });
  await action.getByRole('radio').first().focus();
  await page.keyboard.press('3');
  await expect(action.getByRole('radio', { name: 'Referred to a medical director' })).toBeChecked();
  await expect(
    action.getByRole('radio', { name: 'Referred to a medical director' }),
  ).not.toBeFocused();
});
