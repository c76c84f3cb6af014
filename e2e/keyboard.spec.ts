import { expect, test, type Page } from '@playwright/test';
import { expectOutcome, itemGroup, SECTION_ITEMS } from './helpers';

/** Presses keys and counts them, so the cost of a review by keyboard is measured, not guessed. */
function keyboard(page: Page) {
  let count = 0;
  return {
    async press(key: string, times = 1) {
      for (let i = 0; i < times; i += 1) {
        await page.keyboard.press(key);
        count += 1;
      }
    },
    get count() {
      return count;
    },
  };
}

test('a full non-malignant implant review by keyboard alone, at most two keys per item', async ({ page }) => {
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
  await expect(page.getByRole('radio', { name: 'An opioid, alone or with non-opioid drugs' })).toBeChecked();
  await keys.press('Tab');
  await keys.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Implant', exact: true })).toBeChecked();
  await keys.press('Tab');
  await keys.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Non-malignant', exact: true })).toBeChecked();
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

  await answerSection('Trial criteria', SECTION_ITEMS['I.A.2'], '1');
  await answerSection('Contraindications', SECTION_ITEMS['II.B'], '1');
  await answerSection('Implant criteria', SECTION_ITEMS['II.A.2'], '1');

  await expect(page.getByRole('heading', { level: 1, name: 'Codes' })).toBeFocused();
  await keys.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: 'Determination' })).toBeFocused();
  await expectOutcome(page, 'meets_criteria');

  const items = SECTION_ITEMS['I.A.2'].length + SECTION_ITEMS['II.B'].length + SECTION_ITEMS['II.A.2'].length;
  console.log(`keyboard-only non-malignant implant review: ${keys.count} keystrokes for ${items} items`);
  expect(keys.count).toBeLessThanOrEqual(2 * items);
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
  await page.keyboard.press('2');
  await page.keyboard.press('3');
  await expect(itemGroup(page, 'I.A.1.a').getByRole('radio', { name: 'Not met', exact: true })).toBeChecked();
  await expect(itemGroup(page, 'I.A.1.b').getByRole('radio', { name: 'Not documented', exact: true })).toBeChecked();
  await expect(itemGroup(page, 'I.A.1.c').getByRole('radio', { name: 'Met', exact: true })).toBeFocused();
  await expectOutcome(page, 'not_met');

  // Typing digits in a note writes them; it does not answer.
  await page.getByLabel('Note on I.A.1.c (optional)').fill('');
  await page.getByLabel('Note on I.A.1.c (optional)').press('1');
  await expect(page.getByLabel('Note on I.A.1.c (optional)')).toHaveValue('1');
  await expect(itemGroup(page, 'I.A.1.c').getByRole('radio', { name: 'Met', exact: true })).not.toBeChecked();

  await page.keyboard.press('Alt+KeyP');
  await expect(page.getByRole('heading', { level: 1, name: 'Request' })).toBeFocused();
});
