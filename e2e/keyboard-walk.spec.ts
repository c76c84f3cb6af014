import { expect, test, type Page } from '@playwright/test';
import { expectOutcome, itemGroup, SECTION_ITEMS } from './helpers';

// A whole non-malignant implant review by keyboard alone, every key counted: the request, every
// item of the three criteria steps, one code, to the determination. What is typed into a field (two
// dates, a time, a code search) is counted apart: no design can type them for the reviewer.
// Everything else, moving, choosing, answering, going on, is the app's to keep short: at most 1.2
// keys for each thing recorded.

const OPIOID = 'An opioid, alone or with non-opioid drugs';

function keyboard(page: Page) {
  let pressed = 0;
  let typed = 0;
  return {
    /** A key that moves, chooses, answers or goes on. */
    async press(key: string, times = 1) {
      for (let i = 0; i < times; i += 1) {
        await page.keyboard.press(key);
        pressed += 1;
      }
    },
    /** Characters typed into a field, one key each, as a person types them. */
    async type(text: string) {
      for (const char of text) {
        await page.keyboard.press(char);
        typed += 1;
      }
    },
    get pressed() {
      return pressed;
    },
    get typed() {
      return typed;
    },
  };
}

test('keyboard walk: a full non-malignant implant review, at most 1.2 keys per thing recorded besides what is typed', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/review/request');
  const heading = (name: string) => page.getByRole('heading', { level: 1, name });
  await expect(heading('Request')).toBeFocused();
  const keys = keyboard(page);

  // The request: 1/2/3 choose and move on, from the step's heading to the next open question.
  await keys.press('1');
  await expect(page.getByRole('radio', { name: OPIOID })).toBeChecked();
  await keys.press('2');
  await expect(page.getByRole('radio', { name: 'Implant', exact: true })).toBeChecked();
  await keys.press('2');
  await expect(page.getByRole('radio', { name: 'Non-malignant', exact: true })).toBeChecked();
  // Past the review date, today's already, straight to the date of birth.
  await expect(page.getByLabel('Member date of birth')).toBeFocused();
  await keys.type('341970');
  await expect(page.getByLabel('Member date of birth')).toHaveValue('1970-03-04');

  // Enter moves on to the urgency, not past the date's calendar button first; 1 is Standard, and
  // on to the time received.
  await keys.press('Enter');
  await expect(page.getByRole('radio', { name: 'Standard', exact: true })).toBeFocused();
  await keys.press('1');
  await expect(page.getByRole('radio', { name: 'Standard', exact: true })).toBeChecked();
  await expect(page.getByLabel('Request received (Central time)')).toBeFocused();
  await keys.type('982026');
  await keys.press('Tab');
  await keys.type('915p');
  await expect(page.getByLabel('Request received (Central time)')).toHaveValue('2026-09-08T21:15');
  await keys.press('Alt+KeyN');

  // Each criteria step: from its heading, 1 answers the first item and moves to the next; after
  // the last, Enter on the way to the next step.
  const answerStep = async (title: string, ids: readonly string[]) => {
    await expect(heading(title)).toBeFocused();
    for (const id of ids) {
      await keys.press('1');
      await expect(itemGroup(page, id).getByRole('radio').first()).toBeChecked();
    }
    await expect(page.locator('[data-next-step]')).toBeFocused();
    await keys.press('Enter');
  };
  // At implant the trial's indication is not asked again (II.A.2 restates it).
  const steps = [
    ['Trial criteria', SECTION_ITEMS['I.A.2']],
    ['Contraindications', SECTION_ITEMS['II.B']],
    ['Implant criteria', ['II.A.2', ...SECTION_ITEMS['II.A.2']]],
  ] as const;
  for (const [title, ids] of steps) await answerStep(title, ids);

  // Codes: typing from the heading searches; Enter adds the one code found.
  await expect(heading('Codes')).toBeFocused();
  await keys.type('62362');
  await expect(page.getByLabel('Search codes')).toHaveValue('62362');
  await keys.press('Enter');
  await expect(page.getByRole('checkbox', { name: /^62362/ })).toBeChecked();
  await keys.press('Alt+KeyN');

  await expect(heading('Determination')).toBeFocused();
  await expectOutcome(page, 'meets_criteria');

  const items = steps.reduce((n, [, ids]) => n + ids.length, 0);
  // Drug, request type, indication, date of birth, urgency, time received; the items; one code.
  const recorded = 6 + items + 1;
  const perThing = keys.pressed / recorded;
  const line = `${keys.pressed} keys for ${recorded} things recorded (${items} items): ${perThing.toFixed(2)} per thing, besides ${keys.typed} characters typed`;
  console.log(`keyboard walk: ${line}`);
  testInfo.annotations.push({ type: 'keys', description: line });
  expect(items).toBe(23);
  expect(perThing).toBeLessThanOrEqual(1.2);
});
