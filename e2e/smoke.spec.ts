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

// The boot screen, then the page, then (on a first load) a step's questions: none of it may push
// what is already on screen aside, on a phone or on a wide screen.
for (const [device, viewport] of [
  ['a phone', { width: 412, height: 823 }],
  ['a wide screen', { width: 1350, height: 940 }],
] as const) {
  test(`nothing on screen moves while a wizard step loads, on ${device}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/review/request');
    await expect(page.getByRole('heading', { level: 1, name: 'Request' })).toBeFocused();
    await expect(page.getByRole('link', { name: /^Next: / })).toBeVisible();
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; sources: string[] }[]>((resolve) => {
          new PerformanceObserver((list) => {
            resolve(
              list.getEntries().map((entry) => {
                const shift = entry as PerformanceEntry & {
                  value: number;
                  sources?: { node?: Node | null }[];
                };
                return {
                  value: shift.value,
                  sources: (shift.sources ?? []).map((s) =>
                    s.node instanceof Element
                      ? `${s.node.tagName.toLowerCase()}.${s.node.className}`
                      : String(s.node?.nodeName),
                  ),
                };
              }),
            );
          }).observe({ type: 'layout-shift', buffered: true });
          // With nothing buffered the observer never calls back: no shift at all.
          setTimeout(() => resolve([]), 500);
        }),
    );
    expect(shifts).toEqual([]);
  });
}
