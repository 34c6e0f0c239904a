import { expect, test } from '@playwright/test';
import { openBrowse, studyBatchNormCard } from './browse-page.ts';
import { openFresh } from './drill-page.ts';

/** Browse in Chinese and English (docs/screenshots): the studied BN card selected, with its history. */
for (const language of ['zh', 'en'] as const) {
  test(`Browse, in ${language}`, async ({ page }) => {
    await openFresh(page, language);
    await studyBatchNormCard(page);
    await openBrowse(page);
    await page.locator('[data-testid="browse-row"][data-card-id="hw2-mcq-2"]').click();
    await expect(page.getByTestId('browse-history')).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/browse-${language}.png` });
  });
}
