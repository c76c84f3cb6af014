import { expect, test, type Page } from '@playwright/test';
import {
  answer,
  chooseRequest,
  expectNoAxeViolations,
  expectOutcome,
  itemGroup,
  nextStep,
  openPage,
  SECTION_ITEMS,
  WIZARD_STEPS,
} from './helpers';

const OPIOID = 'An opioid, alone or with non-opioid drugs' as const;

// WCAG 2.2 checks that axe does not make.

interface Walk {
  name: string;
  request: 'ArrowLeft' | 'ArrowRight';
  indication: 'ArrowLeft' | 'ArrowRight';
  sections: (readonly string[])[];
  waiver?: boolean;
  outcome: string;
}

const WALKS: Walk[] = [
  {
    name: 'trial, malignant',
    request: 'ArrowLeft',
    indication: 'ArrowLeft',
    sections: [['I.A.1', ...SECTION_ITEMS['I.A.1']], SECTION_ITEMS['I.B']],
    outcome: 'meets_criteria',
  },
  {
    name: 'trial, non-malignant',
    request: 'ArrowLeft',
    indication: 'ArrowRight',
    sections: [['I.A.2', ...SECTION_ITEMS['I.A.2']], SECTION_ITEMS['I.B']],
    outcome: 'meets_criteria',
  },
  {
    name: 'implant, malignant',
    request: 'ArrowRight',
    indication: 'ArrowLeft',
    // At implant the trial's indication is not asked again: II.A.1 restates it.
    sections: [
      SECTION_ITEMS['I.A.1'],
      SECTION_ITEMS['II.B'],
      ['II.A.1', ...SECTION_ITEMS['II.A.1']],
    ],
    outcome: 'meets_criteria',
  },
  {
    name: 'implant, malignant, a trial waiver requested and no trial result',
    request: 'ArrowRight',
    indication: 'ArrowLeft',
    sections: [
      SECTION_ITEMS['I.A.1'],
      SECTION_ITEMS['II.B'],
      ['II.A.1', ...SECTION_ITEMS['II.A.1']],
    ],
    waiver: true,
    outcome: 'medical_director_review',
  },
];

for (const walk of WALKS) {
  test(`keyboard only: ${walk.name}`, async ({ page }) => {
    await page.goto('/review/request');
    await expect(page.getByRole('heading', { level: 1, name: 'Request' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // the opioid
    await page.keyboard.press('Tab');
    // Arrow keys move through a radio group and wrap: left from the first option is the last.
    await page.keyboard.press('Space');
    if (walk.request === 'ArrowRight') await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    if (walk.indication === 'ArrowRight') await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+KeyN');
    for (const [index, ids] of walk.sections.entries()) {
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      const implantStep = walk.request === 'ArrowRight' && index === walk.sections.length - 1;
      await page.keyboard.press('Tab');
      // With a waiver requested, the trial's result is left Not documented (3).
      for (const id of ids) await page.keyboard.press(walk.waiver && id === 'II.A.1.a' ? '3' : '1');
      if (implantStep && walk.indication === 'ArrowLeft') {
        // The waiver request's grounds come after the malignant implant's items, before the way
        // on: the last answer moves on to them, and a digit ticks one (3, the third).
        await expect(page.getByRole('checkbox', { name: 'Advanced disease' })).toBeFocused();
        if (walk.waiver) {
          await page.keyboard.press('3');
          await expect(
            page.getByRole('checkbox', { name: 'Considered high risk for procedures' }),
          ).toBeChecked();
        }
        await page.keyboard.press('Alt+KeyN');
      } else {
        await expect(page.locator('[data-next-step]')).toBeFocused();
        await page.keyboard.press('Enter');
      }
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Codes' })).toBeFocused();
    await page.keyboard.press('Alt+KeyN');
    await expectOutcome(page, walk.outcome);
  });
}

test('keyboard only: baclofen reaches its referral', async ({ page }) => {
  await page.goto('/review/request');
  await expect(page.getByRole('heading', { level: 1, name: 'Request' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Baclofen' })).toBeChecked();
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: 'Determination' })).toBeFocused();
  await expectOutcome(page, 'out_of_scope');
});

/** Tabs through the page; each focused control must show a focus ring and not be covered. */
async function checkFocusAppearance(page: Page, stops: number) {
  for (let i = 0; i < stops; i += 1) {
    await page.keyboard.press('Tab');
    const report = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // A heading focused for a new step (tabindex -1) is not a control.
      if (!el || el === document.body || el.tabIndex < 0) return null;
      // Focus on a browser-drawn part inside a field (a date field's calendar button) is drawn by the browser.
      if (!el.matches(':focus')) return null;
      // The ring may be drawn by the control or by the box that wraps it (radio chips).
      let ring = false;
      for (
        let node: HTMLElement | null = el, depth = 0;
        node && depth < 3;
        node = node.parentElement, depth += 1
      ) {
        const style = getComputedStyle(node);
        if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ring = true;
      }
      const box = el.getBoundingClientRect();
      const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      const label =
        el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
      const covered = !(
        hit &&
        (el.contains(hit) ||
          hit.contains(el) ||
          (label && (label.contains(hit) || hit.contains(label))))
      );
      const what = `${el.tagName} ${el.id} ${el.getAttribute('name') ?? ''} ${el.getAttribute('type') ?? ''} ${el.textContent?.slice(0, 40) ?? ''}`;
      return { what, ring, covered };
    });
    if (!report) continue;
    expect(report.ring, `focus ring on ${report.what}`).toBe(true);
    expect(report.covered, `${report.what} hidden behind something`).toBe(false);
  }
}

test('focus is always visible and never hidden (2.4.7, 2.4.11)', async ({ page }) => {
  await page.goto('/review/request');
  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Non-malignant' });
  await openPage(page, '/review/request');
  await checkFocusAppearance(page, 25);
  await openPage(page, '/review/trial-criteria');
  await checkFocusAppearance(page, 30);
  await page.setViewportSize({ width: 390, height: 700 });
  await openPage(page, '/review/implant-criteria');
  await checkFocusAppearance(page, 30);
});

test('controls are at least 24 by 24 CSS pixels (2.5.8)', async ({ page }) => {
  await page.goto('/review/request');
  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Malignant' });
  for (const path of [
    '/',
    '/review/request',
    '/review/trial-criteria',
    '/review/implant-criteria',
    '/review/codes',
    '/review/determination',
  ]) {
    await openPage(page, path);
    const small = await page.evaluate(() => {
      const targets = Array.from(
        document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary'),
      );
      return (
        targets
          // Visible controls; a link inside a sentence is exempt, and so is the skip link until focused.
          .filter(
            (el) =>
              el.offsetParent !== null &&
              !el.closest('p, li > p') &&
              !el.classList.contains('sr-only'),
          )
          .map((el) => {
            // A radio or checkbox is operated through its label: measure what the pointer can hit.
            const target =
              (el.matches('input[type=radio], input[type=checkbox]') &&
                (el.closest('label') ?? document.querySelector(`label[for="${el.id}"]`))) ||
              el;
            const box = target.getBoundingClientRect();
            return {
              what: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''} ${el.getAttribute('name') ?? ''}`,
              w: box.width,
              h: box.height,
            };
          })
          .filter((t) => t.w < 24 || t.h < 24)
      );
    });
    expect(small, path).toEqual([]);
  }
});

test('errors are named in text and tied to their fields (3.3.1, 3.3.3)', async ({ page }) => {
  await page.goto('/review/request');
  await page.getByLabel('Review date').fill('2026-11-24');
  await page.getByLabel('Member date of birth').fill('2030-01-01');
  const dob = page.getByLabel('Member date of birth');
  await expect(dob).toHaveAttribute('aria-invalid', 'true');
  await expect(dob).toHaveAccessibleDescription(/date of birth is after the review date/i);

  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Non-malignant' });
  await page.goto('/review/trial-criteria');
  await page.getByText(/Opioid weaning calculator/).click();
  const before = page.getByLabel('Systemic opioid dose before weaning (MME/day)');
  await before.fill('abc');
  await expect(before).toHaveAttribute('aria-invalid', 'true');
  await expect(before).toHaveAccessibleDescription(/must be a number/);
  await before.fill('180');
  await page
    .getByLabel('Systemic opioid dose after weaning, before the trial (MME/day)')
    .fill('60');
  // (180 − 60) / 180 = 66.7%, shown as 67%: the helper informs; the answer stays the reviewer's.
  await expect(page.getByText('67% weaned')).toBeVisible();
  await expect(itemGroup(page, 'I.A.2.g').getByRole('radio', { checked: true })).toHaveCount(0);

  await page.goto('/');
  await page.getByLabel('Import case').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"policy":"LA.CP.MP.173","answers":{"I.B.1":"met"}}'),
  });
  await expect(page.getByRole('alert')).toContainText('answers["I.B.1"]');
});

test('nothing is asked twice (3.3.7): each item once on its step, identifiers once', async ({
  page,
}) => {
  await page.goto('/review/request');
  await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Non-malignant' });
  await page.getByLabel('Member name').fill('Pat Example');
  const seen = new Map<string, number>();
  // At implant the trial's indication items are asked with the implant's own list of contraindications, not I.B.
  const steps = [
    ['trial-criteria', SECTION_ITEMS['I.A.2']],
    ['contraindications', SECTION_ITEMS['II.B']],
    ['implant-criteria', ['II.A.2', ...SECTION_ITEMS['II.A.2']]],
  ] as const;
  for (const [step, ids] of steps) {
    await page.goto(`/review/${step}`);
    const groups = page.locator('fieldset[data-item]');
    await expect(groups).toHaveCount(ids.length);
    const names = await groups.evaluateAll((found) =>
      found.map((g) => g.getAttribute('data-item') ?? ''),
    );
    expect(names.sort(), step).toEqual([...ids].sort());
    for (const id of names) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  expect([...seen.values()].every((n) => n === 1)).toBe(true);
  expect(seen.size).toBe(
    SECTION_ITEMS['I.A.2'].length +
      SECTION_ITEMS['II.B'].length +
      1 +
      SECTION_ITEMS['II.A.2'].length,
  );
  await page.goto('/summary');
  await expect(page.getByText('Pat Example').first()).toBeVisible();
});

for (const viewport of [
  { width: 320, height: 640, name: '320 px wide' },
  { width: 683, height: 384, name: '200% zoom of a 1366×768 laptop' },
]) {
  test(`usable at ${viewport.name} without scrolling sideways (1.4.10)`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto('/review/request');
    await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Malignant' });
    for (const step of WIZARD_STEPS) {
      await openPage(page, `/review/${step}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, step).toBeLessThanOrEqual(0);
    }
    await page.goto('/review/trial-criteria');
    await answer(page, 'I.A.1.a', 'Not met');
    await expectOutcome(page, 'not_met');
    await expectNoAxeViolations(page);
    await openPage(page, '/summary');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'summary').toBeLessThanOrEqual(0);
  });
}

test('a new step puts focus on its heading, by mouse too', async ({ page }) => {
  await page.goto('/review/request');
  await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
  await nextStep(page, 'Trial criteria');
  await expect(page.getByRole('heading', { level: 1, name: 'Trial criteria' })).toBeFocused();
  await page
    .getByRole('navigation', { name: 'Review steps' })
    .getByRole('link', { name: /Codes/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Codes' })).toBeFocused();
});

test('on a page load the heading takes focus only once its questions are there, so Tab reaches the first', async ({
  page,
}) => {
  // Recorded in the page at the moment of focus: a Tab pressed then must find a question.
  await page.addInitScript(() => {
    document.addEventListener(
      'focusin',
      (event) => {
        if (event.target instanceof HTMLElement && event.target.id === 'step-title') {
          document.documentElement.dataset.questionsAtFocus = String(
            document.querySelectorAll('main input').length,
          );
        }
      },
      true,
    );
  });
  await page.goto('/review/request');
  await expect(page.getByRole('heading', { level: 1, name: 'Request' })).toBeFocused();
  expect(
    Number(await page.evaluate(() => document.documentElement.dataset.questionsAtFocus)),
  ).toBeGreaterThan(0);
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('radio', { name: 'An opioid, alone or with non-opioid drugs' }),
  ).toBeFocused();
});

// axe in the states a walk through the steps does not reach.
test.describe('no axe violations in more states', () => {
  test('I.A.2 with the weaning calculator open and showing a result, then I.B', async ({
    page,
  }) => {
    await page.goto('/review/request');
    await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Non-malignant' });
    await nextStep(page, 'Trial criteria');
    await page.getByText(/Opioid weaning calculator/).click();
    await page.getByLabel('Systemic opioid dose before weaning (MME/day)').fill('180');
    await page
      .getByLabel('Systemic opioid dose after weaning, before the trial (MME/day)')
      .fill('60');
    await expect(page.getByText('67% weaned')).toBeVisible();
    await answer(page, 'I.A.2.g', 'Met');
    await answer(page, 'I.A.2.h', 'Not met');
    await expectNoAxeViolations(page);
    // An entry that is not a number shows its error beside the field.
    await page.getByLabel('Systemic opioid dose before weaning (MME/day)').fill('abc');
    await expect(page.getByLabel('Systemic opioid dose before weaning (MME/day)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoAxeViolations(page);

    await nextStep(page, 'Contraindications');
    await expect(itemGroup(page, 'I.B.1')).toBeVisible();
    await answer(page, 'I.B.2', 'Present');
    await expectNoAxeViolations(page);
  });

  test('II.A.2 with the pain score calculator open', async ({ page }) => {
    await page.goto('/review/request');
    await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Non-malignant' });
    await openPage(page, '/review/implant-criteria');
    await expect(itemGroup(page, 'II.A.2.a')).toBeVisible();
    await page.getByText(/Pain score calculator/).click();
    await page.getByLabel('Pain score before the trial (0–10)').fill('8');
    await page.getByLabel('Pain score during the trial (0–10)').fill('3');
    await answer(page, 'II.A.2.a', 'Met');
    await answer(page, 'II.A.2.c', 'Not documented');
    await expectNoAxeViolations(page);
  });

  test('baclofen: the request step with its referral box', async ({ page }) => {
    await page.goto('/review/request');
    await chooseRequest(page, { drug: 'Baclofen' });
    await expect(
      page.getByRole('status').filter({ hasText: 'refer to LA.PHAR.149' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a step the request does not need', async ({ page }) => {
    await page.goto('/review/request');
    await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
    await openPage(page, '/review/implant-criteria');
    await expect(
      page.getByText('This request does not need the implant criteria step.'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the "New review" confirmation open', async ({ page }) => {
    await page.goto('/review/request');
    await chooseRequest(page, { drug: OPIOID, request: 'Trial', indication: 'Malignant' });
    await openPage(page, '/');
    await page.getByRole('button', { name: 'New review' }).click();
    await expect(page.getByRole('dialog', { name: 'Start a new review?' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('every step in provider mode, the checklist last', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/review/request?mode=provider');
    await chooseRequest(page, { drug: OPIOID, request: 'Implant', indication: 'Malignant' });
    await expectNoAxeViolations(page);
    for (const title of [
      'Trial criteria',
      'Contraindications',
      'Implant criteria',
      'Codes',
      'Checklist',
    ]) {
      await nextStep(page, title);
      await expect(page).toHaveURL(/mode=provider/);
      if (title === 'Trial criteria') await answer(page, 'I.A.1.a', 'Not met');
      if (title === 'Implant criteria')
        await page.getByRole('checkbox', { name: /high risk/i }).check();
      if (title === 'Codes') await page.getByRole('checkbox', { name: /^C1772/ }).check();
      await expectNoAxeViolations(page);
    }
  });

  for (const viewport of [
    { width: 1366, height: 768, name: 'beside the steps on a laptop' },
    { width: 390, height: 844, name: 'under the steps on a phone' },
  ]) {
    test(`the keyboard shortcut list, ${viewport.name}`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await openPage(page, '/review/request');
      const list = page.getByRole('region', { name: 'Keyboard shortcuts' });
      // In view at once: nothing to open.
      await expect(list).toBeVisible();
      await expect(list.getByText('Alt+N / Alt+P')).toBeVisible();
      await expect(list.getByText('Next / previous step')).toBeVisible();
      await expect(
        page.getByRole('link', { name: /^Next: Trial criteria \(Alt\+N\)/ }),
      ).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
      await expectNoAxeViolations(page);
    });
  }
});
