import { expect, test } from '@playwright/test';

// A date typed that is not on the calendar (30 February) reaches the page as an empty value, as if
// the field had been cleared: the review lost the date it held, without a word. It is named where
// it is typed, and the review keeps the last date it could read until the field is put right.

test('30 February typed over a date of birth is named on the field, and the review keeps a date of birth through a reload', async ({
  page,
}) => {
  await page.goto('/review/request');
  await page.getByLabel('Review date').fill('2026-11-24');
  const dob = page.getByLabel('Member date of birth');
  await dob.fill('1960-05-05');
  await expect(page.getByText('Age 66 on the review date')).toBeVisible();

  // Typed as a reviewer would: the month, then the day.
  await dob.click();
  await dob.pressSequentially('0230');
  await page.keyboard.press('Tab');
  await expect(dob).toHaveAttribute('aria-invalid', 'true');
  await expect(dob).toHaveAccessibleDescription(
    /Member date of birth is not a real date, or is not finished: check the month, day and year\./,
  );
  // The review still holds a date of birth: the last one readable on the way (02/05, then 02/03),
  // not none.
  await expect(page.getByText('Age 66 on the review date')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Member date of birth')).toHaveValue(/^1960-\d\d-\d\d$/);
  await expect(page.getByLabel('Member date of birth')).not.toHaveAttribute('aria-invalid', 'true');
});

test('a date of service cleared on purpose is cleared, with no error', async ({ page }) => {
  await page.goto('/review/codes');
  const service = page.getByLabel('Date of service');
  await service.fill('2026-12-01');
  await service.fill('');
  await expect(service).toHaveValue('');
  await expect(service).not.toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(page.getByLabel('Date of service')).toHaveValue('');
});

test('a date of service before the date of birth is named on the codes step, where it was typed', async ({
  page,
}) => {
  await page.goto('/review/request');
  await page.getByLabel('Review date').fill('2026-11-24');
  await page.getByLabel('Member date of birth').fill('1960-05-05');
  await expect(page.getByText('Age 66 on the review date')).toBeVisible();
  await page.goto('/review/codes');
  const service = page.getByLabel('Date of service');
  await service.fill('1950-01-01');
  await expect(service).toHaveAttribute('aria-invalid', 'true');
  await expect(service).toHaveAccessibleDescription(
    /The date of service is before the member’s date of birth\./,
  );
  await service.fill('2026-12-01');
  await expect(service).not.toHaveAttribute('aria-invalid', 'true');
});
