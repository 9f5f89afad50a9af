import type { Page } from 'playwright-core';

/**
 * Scrolls a page to its end and back, as a reader would: charts and maps load when they come into view
 * (`@defer (on viewport)`), so a test that looks at them, or scans the whole page, scrolls first.
 */
export async function scrollThrough(page: Page): Promise<void> {
  // what a page shows further down may wait for its data: scroll once it is there
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += Math.max(200, innerHeight / 2)) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}
