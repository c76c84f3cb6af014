import { expect, test } from '@playwright/test';

test('the built app opens on the policy it reviews', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Implantable Intrathecal or Epidural Pain Pump',
  );
  await expect(page.getByRole('main')).toContainText(
    'Policy LA.CP.MP.173, Louisiana Healthcare Connections',
  );
});
