import { expect, test } from '@playwright/test';

// Issue 15: a date typed with a two-digit year (05/04/26) reached the app as the year 0026: a
// due-by in 1926 and an age of 2000, without a word. It is refused where it is typed.

test('a two-digit year typed for the date of birth is refused there, and gives no age', async ({
  page,
}) => {
  await page.goto('/review/request');
  await page.getByLabel('Review date').fill('2026-11-24');
  const dob = page.getByLabel('Member date of birth');
  // Typed as a reviewer would, month, day and a two-digit year.
  await dob.click();
  await dob.pressSequentially('050426');
  await expect(dob).toHaveValue('0026-05-04');
  await expect(dob).toHaveAttribute('aria-invalid', 'true');
  await expect(dob).toHaveAccessibleDescription(
    /years 1900 to 2100: type the year with four digits/,
  );
  await expect(page.getByText(/Age \d+/)).toHaveCount(0);

  await dob.fill('2005-05-04');
  await expect(dob).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Age 21 on the review date')).toBeVisible();
});

test('a two-digit year typed for the time received is refused there, and gives no due-by', async ({
  page,
}) => {
  await page.goto('/review/request');
  const received = page.getByLabel('Request received (Central time)');
  await received.fill('0026-05-04T08:30');
  await expect(received).toHaveAttribute('aria-invalid', 'true');
  await expect(received).toHaveAccessibleDescription(/years 1900 to 2100/);
  await expect(page.getByText(/1926/)).toHaveCount(0);
  await expect(page.getByText(/Decision due/i)).toHaveCount(0);

  await received.fill('2026-05-04T08:30');
  await expect(received).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/May 11, 2026/).first()).toBeVisible();
});
